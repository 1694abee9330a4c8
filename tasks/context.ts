import { inspect } from "node:util";
import { HardhatPluginError } from "hardhat/plugins";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Signer } from "ethers";

/**
 * Wraps a task's action so any failure reaches the steward as one plain sentence (a
 * contract's custom error by its meaning, amounts in whole units, districts and roles by name)
 * and nothing else: the original error is not attached, so Hardhat prints no stack trace, and
 * the task still ends with a non-zero exit code.
 */
export function plainErrors<A>(action: (args: A, hre: HardhatRuntimeEnvironment) => Promise<unknown>) {
  return async (args: A, hre: HardhatRuntimeEnvironment) => {
    try {
      return await action(args, hre);
    } catch (error) {
      const { explainError } = await import("../harness/errors");
      const context = await withTimeout(errorContext(hre, error), 5_000).catch(() => undefined);
      throw taskFailure(explainError(error, context));
    }
  };
}

/**
 * A task's failure as Hardhat shows it: "Error in plugin pulje:" and the sentence. Where Hardhat
 * prints stack traces by default (CI, and any Linux without a display, such as a server reached
 * over SSH) it prints nothing more, unless the steward asks with --show-stack-traces.
 */
function taskFailure(sentence: string): HardhatPluginError {
  const failure = new HardhatPluginError("pulje", sentence);
  // HardhatPluginError resets its prototype, so a subclass cannot change how it prints: the instance can.
  if (!process.argv.includes("--show-stack-traces")) {
    Object.defineProperty(failure, inspect.custom, { value: () => "" });
  }
  return failure;
}

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref()),
  ]);

const ERC20_METADATA = ["function symbol() view returns (string)", "function decimals() view returns (uint8)"];

/**
 * What the sentence needs to know about the fund on this network: its districts, and the
 * symbol and decimals of its assets and of any other token the error names (read from the
 * chain). Undefined when the network has no deployments file, so the sentence gives plain numbers.
 */
async function errorContext(hre: HardhatRuntimeEnvironment, error: unknown) {
  const { readDeployment } = await import("../deploy/deployments");
  const { addressesIn } = await import("../harness/errors");
  const { ETH_ADDRESS } = await import("../sdk/model/treasury");
  const chainId = hre.network.config.chainId ?? Number((await hre.ethers.provider.getNetwork()).chainId);
  let record;
  try {
    record = readDeployment(chainId, process.env.PULJE_DEPLOYMENTS_DIR || undefined);
  } catch {
    return undefined;
  }
  const token = async (address: string, symbol?: string) => {
    const erc20 = new hre.ethers.Contract(address, ERC20_METADATA, hre.ethers.provider);
    try {
      return { address, symbol: symbol ?? String(await erc20.symbol()), decimals: Number(await erc20.decimals()) };
    } catch {
      return null; // not a token (an account, a contract of the fund): nothing to write amounts in
    }
  };
  const known = new Set(record.assets.map((a) => a.address.toLowerCase()));
  const others = addressesIn(error).filter((a) => !known.has(a.toLowerCase()));
  const assets = await Promise.all([
    ...record.assets.map((a) => token(a.address, a.symbol)),
    ...[...new Set(others)].map((a) => token(a)),
  ]);
  const voteToken =
    record.votingMode === "token" && record.contracts.token ? await token(record.contracts.token) : null;
  return {
    assets: assets.filter((a) => a !== null),
    mainAsset: record.assets[0]?.address ?? ETH_ADDRESS,
    districts: record.config.districts,
    voteToken: voteToken ?? undefined,
  };
}

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

/** Parses a proposal id given on the command line. */
export function proposalId(value: string): bigint {
  if (!/^\d+$/.test(value.trim())) throw new Error(`--id must be a proposal number, got "${value}"`);
  return BigInt(value.trim());
}
