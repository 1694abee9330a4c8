// @vitest-environment jsdom
/**
 * The dApp's domain hooks against the local chain with the seeded demo (no browser): the data
 * every page shows, and the number of RPC requests it costs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { WagmiProvider } from "wagmi";
import { inject } from "vitest";

vi.stubEnv("VITE_RPC_URL", inject("rpcUrl"));
vi.stubEnv("VITE_CHAIN_ID", "31337");

let requests = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  if (String(input).startsWith(inject("rpcUrl"))) {
    requests++;
  }
  return realFetch(input, init);
}) as typeof fetch;

const { wagmiConfig } = await import("../frontend/src/wallet/wagmiConfig");
const { I18nProvider } = await import("../frontend/src/i18n/I18nProvider");
const { useProposals } = await import("../frontend/src/governance/useProposals");
const { useRules } = await import("../frontend/src/governance/useRules");
const { useTreasury } = await import("../frontend/src/treasury/useTreasury");
const { useMembers } = await import("../frontend/src/membership/useMembers");
const { useFundHistory } = await import("../frontend/src/history/useFundHistory");
const { useRounds } = await import("../frontend/src/rounds/useRounds");

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={client}>
        <I18nProvider>{children}</I18nProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}

describe("domain hooks against the local chain", () => {
  beforeAll(() => {
    requests = 0;
  });
  afterAll(() => cleanup());

  it("useRules: the governor's rules in one batched read", async () => {
    const { result } = renderHook(() => useRules(), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data).toMatchObject({
      votingDelay: 86_400n,
      votingPeriod: 432_000n,
      proposalThreshold: 1n,
      quorumPercent: 25n,
      lateQuorumExtension: 86_400n,
      timelockDelay: 172_800n,
      guardian: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
    });
    expect(result.current.data!.proposalCount).toBeGreaterThanOrEqual(8n);
  });

  it("useProposals: a page of proposals with states, titles, tallies and quorum, in a constant number of requests", async () => {
    requests = 0;
    const { result } = renderHook(() => useProposals("all", "", 1), { wrapper });
    await waitFor(() => expect(result.current.rows.find((r) => r.id === 4n)?.quorum).toBeDefined(), {
      timeout: 15_000,
    });
    // The 20 newest of the demo's 23, newest first; the three oldest are on page 2.
    expect([result.current.total, result.current.page, result.current.pages]).toEqual([23, 1, 2]);
    expect(result.current.rows.map((r) => [r.id, r.state])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [BigInt(23 - i), "Pending"]), // one of each kind the forms build
      [13n, "Pending"],
      [12n, "Active"],
      [11n, "Executed"], // created the milestone grant
      [10n, "Executed"], // created the task group
      [9n, "Executed"], // created the quick pool
      [8n, "Executed"], // opened the 2026 round
      [7n, "Succeeded"],
      [6n, "Queued"],
      [5n, "Executed"], // opened the 2025 round
      [4n, "Canceled"],
    ]);
    // The round's proposer published its title on chain; a pending proposal has no quorum yet.
    expect(result.current.rows.find((r) => r.id === 15n)).toMatchObject({
      naming: { publicTitle: "Borgermillion 2027", text: expect.stringMatching(/^0x[0-9a-f]{64}$/) },
      votes: { for: 0n, against: 0n, abstain: 0n },
      quorum: undefined,
    });
    // Rules (incl. the count), all states, the event scan with block times, the page's tallies and its quorums.
    expect(requests).toBeLessThanOrEqual(8);

    const older = renderHook(() => useProposals("all", "", 2), { wrapper });
    await waitFor(() => expect(older.result.current.rows.find((r) => r.id === 1n)?.quorum).toBeDefined(), {
      timeout: 15_000,
    });
    expect(older.result.current.rows.map((r) => [r.id, r.state])).toEqual([
      [3n, "Defeated"],
      [2n, "Executed"],
      [1n, "Executed"],
    ]);
    // Its proposer published the title on chain; the rest of the text is behind the commitment.
    expect(older.result.current.rows[2]).toMatchObject({
      naming: { publicTitle: "Lys på skaterbanen i Skovlunde", text: expect.stringMatching(/^0x[0-9a-f]{64}$/) },
      votes: { for: 5n, against: 1n, abstain: 0n },
      quorum: 4n,
    });
  });

  it("useProposals: filters by state and searches by title", async () => {
    const { result } = renderHook(() => useProposals("Executed", "bænke", 1), { wrapper });
    await waitFor(() => expect(result.current.rows.length).toBe(1), { timeout: 15_000 });
    expect(result.current.rows[0]).toMatchObject({
      id: 2n,
      naming: { publicTitle: "Nye bænke og borde i Måløv Bypark", text: expect.stringMatching(/^0x[0-9a-f]{64}$/) },
    });
  });

  it("useTreasury: ETH and DKKT balances, and what pools and milestone grants reserve", async () => {
    const { result } = renderHook(() => useTreasury(), { wrapper });
    await waitFor(() => expect(result.current.assets).toHaveLength(2));
    expect(result.current.assets.map((a) => [a.symbol, a.decimals])).toEqual([
      ["ETH", 18],
      ["DKKT", 6],
    ]);
    // 2,150,000 in − 45,000 grant − 400,000 + 207,000 back (2025 round) − 1,000,000 (2026) − 7,500 quick pool − 8,500 task group − 40,000 milestone
    expect(result.current.assets[1].balance).toBe(856_000_000_000n);
    // Reserved: the quick pool's 42,500 left + the task group's 11,500 + the milestones' 80,000 unreleased.
    await waitFor(() => expect(result.current.assets[1].reserved).toBe(134_000_000_000n));
    expect(result.current.assets[1].available).toBe(722_000_000_000n);
    expect(result.current.assets[0].reserved).toBe(0n);
  });

  it("useMembers and useFundHistory: 18 members in four districts (two with passkey accounts), every event in order", async () => {
    const history = renderHook(() => useFundHistory(), { wrapper });
    await waitFor(() => expect(history.result.current.data).toBeDefined(), { timeout: 15_000 });
    const kinds = history.result.current.data!.map((e) => e.kind);
    expect(kinds.filter((k) => k === "proposal").length).toBeGreaterThanOrEqual(8);
    expect(kinds.filter((k) => k === "payment")).toHaveLength(8); // two grants, two rounds' budgets, three micro-grants, one milestone
    expect(kinds.filter((k) => k === "release")).toHaveLength(6); // the 2025 round's winners
    const members = renderHook(() => useMembers(), { wrapper });
    await waitFor(() => expect(members.result.current.members.length).toBeGreaterThan(0));
    expect(members.result.current.members).toHaveLength(18);
    expect(new Set(members.result.current.members.map((m) => m.district))).toEqual(new Set([0, 1, 2, 3]));
    const bo = members.result.current.members.find((m) => m.account === "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    expect(bo?.delegate).toBe("0x90F79bf6EB2c4f870365E785982E1f101E93b906"); // Bo trusts Anna
  });

  it("useRounds: the demo's rounds, newest first, with their proposals' texts, phases and schedules", async () => {
    const { result } = renderHook(() => useRounds(), { wrapper });
    await waitFor(() => expect(result.current.rounds).toHaveLength(2), { timeout: 15_000 });
    expect(result.current.rounds.map((r) => [r.phase, r.proposalId, r.total])).toEqual([
      ["Voting", 8n, 1_000_000_000_000n],
      ["Payout", 5n, 400_000_000_000n],
    ]);
    // The title and body live in the content service; the chain holds their commitment.
    for (const r of result.current.rounds) expect(r.text).toMatch(/^0x[0-9a-f]{64}$/);
    const [current] = result.current.rounds;
    expect(
      current.schedule.ideasEnd < current.schedule.reviewEnd && current.schedule.reviewEnd < current.schedule.votingEnd,
    ).toBe(true);
    expect(current.schedule.finalizedAt).toBe(0);
  });
});
