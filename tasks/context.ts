import fs from "node:fs";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Signer } from "ethers";

// Every task's action is wrapped in plainErrors; amountsIn names the asset of its amounts.
export { amountsIn, plainErrors } from "./failure";

/**
 * The deployed fund on the current network, connected through the chosen signer. `from` is
 * an address or an index into the network's accounts; by default the first account (on a
 * real network, the key in DEPLOYER_KEY). Imports are lazy: this file is loaded by
 * hardhat.config.ts, before typechain has generated anything on a fresh clone.
 */
export async function fundContext(hre: HardhatRuntimeEnvironment, from?: string) {
  const { connectFund, readDeployment } = await import("../deploy/deployments");
  const chainId = Number((await hre.ethers.provider.getNetwork()).chainId);
  const record = readDeployment(chainId, process.env.PULJE_DEPLOYMENTS_DIR || undefined);
  const signer = await pickSigner(hre, from);
  return { record, signer, fund: connectFund(record, signer) };
}

/**
 * The fund's content service, where a task stores the words it sends and reads the words it
 * shows (PULJE_CONTENT_URL; npm start serves one at http://127.0.0.1:8580).
 */
export async function contentTexts(hre: HardhatRuntimeEnvironment) {
  const { contentTextsFromEnv } = await import("../harness/texts");
  return contentTextsFromEnv(Number((await hre.ethers.provider.getNetwork()).chainId));
}

export async function pickSigner(hre: HardhatRuntimeEnvironment, from?: string): Promise<Signer & { address: string }> {
  const signers = await hre.ethers.getSigners();
  if (from === undefined || from === "") {
    if (signers.length === 0) throw new Error("No account to send from: set DEPLOYER_KEY for this network");
    return signers[0];
  }
  if (/^\d+$/.test(from)) {
    const signer = signers[Number(from)];
    if (!signer) throw new Error(`--from ${from}: this network has ${signers.length} accounts`);
    return signer;
  }
  const match = signers.find((s) => s.address.toLowerCase() === from.toLowerCase());
  if (!match) throw new Error(`--from ${from}: not an account this network can sign for`);
  return match;
}

/** A number given on the command line as `flag`: an idea, a grant, a milestone. */
export function wholeNumber(flag: string, value: string): bigint {
  if (!/^\d+$/.test(value.trim())) throw new Error(`${flag} must be a whole number, got "${value}"`);
  return BigInt(value.trim());
}

/** Parses a proposal id given on the command line. */
export function proposalId(value: string): bigint {
  if (!/^\d+$/.test(value.trim())) throw new Error(`--id must be a proposal number, got "${value}"`);
  return BigInt(value.trim());
}

/**
 * A district given on the command line, by name (in any case) or by number, as the membership
 * knows it; with every district's name, to print.
 */
export async function pickDistrict(
  membership: { districtCount(): Promise<bigint>; districtName(index: number): Promise<string> },
  value: string,
): Promise<{ index: number; names: string[] }> {
  const count = Number(await membership.districtCount());
  const names = await Promise.all(Array.from({ length: count }, (_, i) => membership.districtName(i)));
  const wanted = value.trim();
  const index = /^\d+$/.test(wanted)
    ? Number(wanted)
    : names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
  if (index < 0 || index >= count) throw new Error(`Unknown district "${value}" (known: ${names.join(", ")})`);
  return { index, names };
}

/** A JSON file given on the command line, read and parsed, or a sentence that says why not. */
export function readJsonFile(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, "utf8"); // a missing file is explained by its error code
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
