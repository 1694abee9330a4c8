import { describe, expect, it } from "vitest";
import { decodeEventLog, decodeFunctionResult, encodeEventTopics, encodeFunctionData, type Abi, type Hex } from "viem";
import type { Page } from "playwright-core";
import demo from "../deployments/31337.json";
import { budgetRoundAbi as roundAbi, fundPaymasterAbi, membershipAbi, puljeGovernorAbi } from "../sdk/generated/pulje";
import { account, axeViolations, browserForFile, connect, openPage, rpc, settle } from "./browser";

// The seeded demo has a paymaster and a signature relay (the deployments file in git may be older).
const contracts = demo.contracts as Record<string, string | null>;
const PAYMASTER = contracts.paymaster as Hex;
const HANS = account("Hans");

async function read<T>(abi: Abi, to: string, functionName: string, args: readonly unknown[]): Promise<T> {
  const data = encodeFunctionData({ abi, functionName, args } as never);
  const result = await rpc<Hex>("eth_call", [{ to, data }, "latest"]);
  return decodeFunctionResult({ abi, functionName, data: result } as never) as T;
}

const balance = async (who: Hex) => BigInt(await rpc<Hex>("eth_getBalance", [who, "latest"]));

/** The gas the paymaster charged `member` per its Sponsored events, with whether each call succeeded. */
async function sponsoredFor(member: Hex) {
  const topics = encodeEventTopics({ abi: fundPaymasterAbi, eventName: "Sponsored", args: { member } });
  const logs = await rpc<{ data: Hex; topics: [Hex, ...Hex[]] }[]>("eth_getLogs", [
    { address: PAYMASTER, topics, fromBlock: "0x0", toBlock: "latest" },
  ]);
  return logs.map((log) => decodeEventLog({ abi: fundPaymasterAbi, eventName: "Sponsored", ...log }).args);
}

/** The message of the transaction `label` once it is confirmed or has failed (saying why). */
async function settled(page: Page, label: string): Promise<string> {
  const message = page
    .locator('.tx-list [data-status="confirmed"], .tx-list [data-status="failed"]')
    .filter({ hasText: label })
    .last();
  await message.waitFor({ timeout: 30_000 });
  return message.locator('[role="status"], [role="alert"]').innerText();
}

/** The seeded demo's proposal open for votes that Hans has not voted on (its number moves with the seed). */
async function openProposal(): Promise<bigint> {
  const governor = demo.contracts.governor;
  const count = await read<bigint>(puljeGovernorAbi, governor, "proposalCount", []);
  for (let id = 1n; id <= count; id++) {
    const state = await read<number>(puljeGovernorAbi, governor, "state", [id]);
    if (state === 1 && !(await read<boolean>(puljeGovernorAbi, governor, "hasVoted", [id, HANS]))) return id;
  }
  throw new Error("the demo has no proposal open for Hans's vote");
}

describe("a wallet member with 0 ETH takes part by signature, paid by the fund", () => {
  const browser = browserForFile();

  it("votes and casts a ballot (English), delegates (Danish) with an empty wallet; the fund's paymaster pays", async () => {
    expect(PAYMASTER).toMatch(/^0x/);
    expect(contracts.signatureRelay).toMatch(/^0x/);
    await rpc("hardhat_setBalance", [HANS, "0x0"]);
    expect(await sponsoredFor(HANS)).toEqual([]);

    const id = await openProposal();
    const page = await openPage(browser(), `/proposals/${id}`, { as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page.getByRole("radio", { name: "Against", exact: true }).check();
    await page.getByRole("button", { name: "Cast vote" }).click();
    expect(await settled(page, `Vote on proposal #${id}`)).toBe(`Vote on proposal #${id}: confirmed`);
    await page.getByText("You voted Against.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await read(puljeGovernorAbi, demo.contracts.governor, "hasVoted", [id, HANS])).toBe(true);
    expect(await balance(HANS)).toBe(0n);
    const [vote] = await sponsoredFor(HANS);
    expect(vote.succeeded).toBe(true);
    expect(await read(fundPaymasterAbi, PAYMASTER, "gasUsed", [HANS])).toBe(vote.gasCharged);

    // Hans (Måløv) replaces his demo ballot (#7, the whole budget) with #6, by signature too.
    await page.getByRole("link", { name: "Budget rounds" }).click();
    await page.getByRole("link", { name: "Borgermillion 2026" }).click();
    await settle(page);
    const round = page.url().split("/rounds/")[1].split(/[?#]/)[0];
    const [before] = await read<[bigint, number]>(roundAbi, round, "ballotOf", [HANS]);
    await page.getByText("Your ballot picks #7. You can change it until voting closes.").waitFor();
    await page.locator('.ballot input[type="checkbox"]:checked').uncheck();
    await page.getByRole("checkbox", { name: /Måløv Bytorv/ }).check();
    await page.getByRole("button", { name: "Replace my ballot" }).click();
    expect(await settled(page, "Cast your ballot")).toBe("Cast your ballot: confirmed");
    await page.getByText("Your ballot picks #6. You can change it until voting closes.").waitFor();
    const [after] = await read<[bigint, number]>(roundAbi, round, "ballotOf", [HANS]);
    expect([before === 0n, after === 0n, after === before]).toEqual([false, false, false]);
    expect(await balance(HANS)).toBe(0n);

    // The same member delegates, in Danish, still with nothing in the wallet.
    await page.getByLabel("Language").selectOption({ label: "Dansk" });
    await page.getByRole("button", { name: "Change" }).click();
    await page.goto(page.url().replace(/\/rounds\/.*$/, "/delegation"));
    await settle(page);
    const anna = account("Anna");
    await page
      .getByLabel("Overdrag din stemme til", { exact: true })
      .selectOption({ label: `Anna (${anna.slice(0, 6)}…${anna.slice(-4)})` });
    await page.getByRole("button", { name: "Overdrag min stemme til dette medlem" }).click();
    expect(await settled(page, "Overdrag din stemme")).toBe("Overdrag din stemme: bekræftet");
    expect(await read(membershipAbi, demo.contracts.membership!, "delegates", [HANS])).toBe(anna);
    expect(await balance(HANS)).toBe(0n);
    const charged = await sponsoredFor(HANS);
    expect(charged.map((c) => c.succeeded)).toEqual([true, true, true]);
    expect(await read(fundPaymasterAbi, PAYMASTER, "gasUsed", [HANS])).toBe(
      charged.reduce((sum, c) => sum + c.gasCharged, 0n),
    );
    // Each operation's member is Hans, though the relay sent it.
    expect(charged.every((c) => c.member === HANS)).toBe(true);
    await page.close();
  });
});
