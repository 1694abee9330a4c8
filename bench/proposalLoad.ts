/**
 * The proposal-list part of the dApp benchmark: grows the demo fund's proposal count with the
 * ethers harness, then opens /proposals in a fresh browser context and records the RPC traffic
 * and the time until the first proposal shows its tallies.
 */
import { JsonRpcProvider } from "ethers";
import type { Browser } from "playwright-core";
import { connectFund, type ConnectedFund, type DeploymentRecord } from "../deploy/deployments";
import { proposeGrant } from "../harness/operations";
import type { ContentTexts } from "../harness/texts";
import { ETH_ADDRESS } from "../sdk/model/treasury";
import type { RpcCounts, RpcProxy } from "./rpcProxy";

/** The dApp's page size (frontend/src/governance/useProposals.ts). */
const PAGE_SIZE = 20;
/** Governor states in which a proposer may not propose again (GovernorOneLiveProposal). */
const LIVE_STATES = new Set([0n, 1n]); // Pending, Active
/** How long the proxy must see no traffic before a load counts as finished. */
const QUIET_MS = 400;
const RENDER_TIMEOUT_MS = 60_000;

export interface ListLoad {
  counts: RpcCounts;
  firstRenderMs: number;
}

/**
 * The loads of one list, summed up. The calls are the same on every load; the HTTP requests
 * are not quite: two reads that happen to leave in the same tick share one JSON-RPC batch, so
 * a load may need one request fewer. httpRequests (and preflights) are the most of the loads.
 */
export interface ListMeasurement extends RpcCounts {
  /** Every load's HTTP requests, in order. */
  httpRequestsRuns: number[];
  /** Median of the loads: from navigation start to the first proposal card with its tallies. */
  firstRenderMs: number;
  /** Every load's time, in order. */
  firstRenderRuns: number[];
}

/** The demo fund on the benchmark's chain, driven through the node's unlocked accounts. */
function benchFund(rpcUrl: string, record: DeploymentRecord): { fund: ConnectedFund; provider: JsonRpcProvider } {
  // A short polling interval: the chain mines on each transaction, so receipts are there at once.
  const provider = new JsonRpcProvider(rpcUrl, record.chainId, { staticNetwork: true, pollingInterval: 50 });
  return { fund: connectFund(record, provider), provider };
}

/** Members with enough votes to propose (a member who delegated away, like the demo's Bo, has none). */
async function proposers(fund: ConnectedFund, members: string[]): Promise<string[]> {
  const votes = fund.membership ?? fund.token;
  if (!votes) throw new Error("The deployment has no votes source");
  const threshold = await fund.governor.proposalThreshold();
  const enough = await Promise.all(members.map(async (member) => (await votes.getVotes(member)) >= threshold));
  return members.filter((_, i) => enough[i]);
}

/** Proposers that may propose now: their latest proposal, if any, is no longer pending or active. */
async function freeProposers(fund: ConnectedFund, members: string[]): Promise<string[]> {
  const free = await Promise.all(
    members.map(async (member) => {
      const latest = await fund.governor.latestProposalIdOf(member);
      return latest === 0n || !LIVE_STATES.has(await fund.governor.state(latest));
    }),
  );
  return members.filter((_, i) => free[i]);
}

/** Moves chain time past the voting of every live proposal, which frees every proposer. */
async function endLiveVotes(fund: ConnectedFund, provider: JsonRpcProvider): Promise<void> {
  const { governor } = fund;
  const wait =
    (await governor.votingDelay()) + (await governor.votingPeriod()) + (await governor.lateQuorumVoteExtension()) + 1n;
  await provider.send("evm_increaseTime", [Number(wait)]);
  await provider.send("evm_mine", []);
}

/**
 * Adds small ETH grants until the governor has `total` proposals. Each member may have one
 * live proposal, so a round proposes once per free member (in parallel: the node mines each
 * in its own block), then moves time past the voting period before the next round.
 */
export async function growProposals(
  rpcUrl: string,
  record: DeploymentRecord,
  total: number,
  content: ContentTexts,
): Promise<void> {
  const { fund, provider } = benchFund(rpcUrl, record);
  const accounts = record.demo?.accounts ?? [];
  const payee = accounts.find((a) => a.role === "payee")?.address;
  try {
    const members = await proposers(
      fund,
      accounts.filter((a) => a.role === "member").map((a) => a.address),
    );
    if (members.length === 0 || !payee) throw new Error("The deployment has no demo members with votes or no payee");
    let count = Number(await fund.governor.latestProposalId());
    while (count < total) {
      const free = await freeProposers(fund, members);
      if (free.length === 0) {
        await endLiveVotes(fund, provider);
        continue;
      }
      const round = free.slice(0, total - count);
      await Promise.all(
        round.map(async (member, i) => {
          const signer = await provider.getSigner(member);
          // Each text is stored in the content service, as the dApp's are; its commitment (with
          // a fresh salt) makes every description, and so every proposal id, different.
          return proposeGrant(
            fund,
            signer,
            { asset: ETH_ADDRESS, recipient: payee, amount: 1n },
            { title: `Benchmark proposal ${count + i + 1}`, body: "A small grant for the dApp benchmark." },
            content.as(signer),
          );
        }),
      );
      count += round.length;
    }
  } finally {
    provider.destroy();
  }
}

/**
 * The little of the page the in-page code touches. The root tsconfig (which includes bench/)
 * has no DOM types, and adding them there would type all of the Node code as browser code.
 */
interface PageScope {
  document: { querySelectorAll(selector: string): { length: number } };
  requestAnimationFrame(callback: () => void): void;
  __benchFirstTallyMs?: number;
}

/** In the page, from its first script on: notes when the first card with tallies is painted. */
function recordFirstTally(): void {
  const scope = globalThis as unknown as PageScope;
  const check = () => {
    if (scope.document.querySelectorAll(".proposal-card .vote-bars").length > 0)
      scope.__benchFirstTallyMs = performance.now();
    else scope.requestAnimationFrame(check);
  };
  scope.requestAnimationFrame(check);
}

/** In the page: "done" once the page's cards all show tallies and nothing is loading, "error" on a load error. */
function listState(cards: number): "done" | "error" | false {
  const { document } = globalThis as unknown as PageScope;
  if (document.querySelectorAll(".load-error").length > 0) return "error";
  return (
    document.querySelectorAll(".proposal-card .vote-bars").length === cards &&
    document.querySelectorAll('[aria-busy="true"]').length === 0 &&
    "done"
  );
}

/**
 * One cold load of the list (a fresh browser context: no cache, no cached CORS preflight),
 * counted from navigation until the page is rendered and the RPC traffic has settled (the
 * quorums are asked after the tallies arrive, so rendered is not yet finished).
 */
async function loadList(browser: Browser, url: string, proxy: RpcProxy, proposals: number): Promise<ListLoad> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordFirstTally);
    proxy.reset();
    await page.goto(url, { waitUntil: "commit" });
    const state = await page.waitForFunction(listState, Math.min(PAGE_SIZE, proposals), {
      polling: 50,
      timeout: RENDER_TIMEOUT_MS,
    });
    if ((await state.jsonValue()) === "error") throw new Error(`${url} shows a load error`);
    await proxy.quiet(QUIET_MS, RENDER_TIMEOUT_MS);
    const counts = proxy.counts();
    const firstRenderMs = await page.evaluate(() => (globalThis as unknown as PageScope).__benchFirstTallyMs);
    if (firstRenderMs === undefined) throw new Error("The first card's tallies were never painted");
    return { counts, firstRenderMs: Math.round(firstRenderMs) };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `loads` cold loads of the list; the calls they make must be the same each time. */
export async function measureList(
  browser: Browser,
  url: string,
  proxy: RpcProxy,
  proposals: number,
  loads: number,
): Promise<ListMeasurement> {
  const runs: ListLoad[] = [];
  for (let i = 0; i < loads; i++) runs.push(await loadList(browser, url, proxy, proposals));
  const calls = runs.map((r) => JSON.stringify(r.counts.byMethod));
  if (calls.some((c) => c !== calls[0]))
    console.warn(`warning: the calls with ${proposals} proposals differ between loads:\n${calls.join("\n")}`);
  const requests = runs.map((r) => r.counts.httpRequests);
  const times = runs.map((r) => r.firstRenderMs);
  return {
    ...runs[0].counts,
    httpRequests: Math.max(...requests),
    preflights: Math.max(...runs.map((r) => r.counts.preflights)),
    httpRequestsRuns: requests,
    firstRenderMs: median(times),
    firstRenderRuns: times,
  };
}
