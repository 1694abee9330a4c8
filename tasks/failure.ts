import { AsyncLocalStorage } from "node:async_hooks";
import { extendEnvironment } from "hardhat/config";
import { HardhatPluginError } from "hardhat/plugins";
import type { HardhatRuntimeEnvironment, RunTaskFunction } from "hardhat/types";
import type { ErrorContext } from "../harness/errors";
import type { DeploymentRecord } from "../sdk/deployment";
import { ETH_ADDRESS } from "../sdk/model/treasury";

// How a task fails: one sentence, nothing after it, a non-zero exit code. Imports of the fund's
// code are lazy: this file is loaded by hardhat.config.ts, before typechain has generated anything.

/** What a running task has told its failure's sentence: the asset its amounts are in. */
interface Working {
  asset?: string;
}
const working = new AsyncLocalStorage<Working>();

/** The failures plainErrors raised: already one sentence each. */
const failures = new WeakSet<object>();

/**
 * Wraps a task's action so any failure reaches the steward as one plain sentence (a contract's
 * custom error by its meaning, amounts in whole units, accounts short, districts and roles by
 * name), raised as a HardhatPluginError whose message is that sentence. Run from the command
 * line, the task prints it alone and exits with code 1 (see below); with --show-stack-traces
 * the original error stays attached, for whoever debugs.
 */
export function plainErrors<A>(action: (args: A, hre: HardhatRuntimeEnvironment) => Promise<unknown>) {
  return async (args: A, hre: HardhatRuntimeEnvironment) => {
    const state: Working = {};
    try {
      return await working.run(state, () => action(args, hre));
    } catch (error) {
      if (error instanceof Object && failures.has(error)) throw error; // a task it ran already said it
      const { explainError } = await import("../harness/errors");
      const { decodeFundError } = await import("../sdk/errors/decode");
      // Only a contract's error carries amounts, districts and roles to name.
      const context = decodeFundError(error) ? await errorContext(hre, error, state.asset) : undefined;
      const sentence = explainError(error, context);
      const failure = hre.hardhatArguments.showStackTraces
        ? new HardhatPluginError("pulje", sentence, error as Error)
        : new HardhatPluginError("pulje", sentence);
      failures.add(failure);
      throw failure;
    }
  };
}

/**
 * Tells the sentence of this task's failure which asset the amounts are in that a contract's
 * error does not name: a round's budget and costs, a pool's cap, an ERC-20's balance. Without
 * it they are in the fund's main asset.
 */
export function amountsIn(asset: string): void {
  const state = working.getStore();
  if (state) state.asset = asset;
}

/**
 * Hardhat prints a failed task's error as "Error in plugin pulje: <sentence>", then a hint to
 * run with --show-stack-traces, or the stack itself on CI and on any Linux without a display
 * (a server reached over SSH). For the task the command line started, the sentence is printed
 * alone on stderr instead and the exit code set to 1; a task run by a test, a script or another
 * task still throws. Only in Hardhat's own command line: a program that imports Hardhat gets
 * every error thrown.
 */
extendEnvironment((hre) => {
  if (!/hardhat[\\/]internal[\\/]cli[\\/](bootstrap|cli)\.js$/.test(require.main?.filename ?? "")) return;
  const run = hre.run as (...args: unknown[]) => Promise<unknown>;
  let depth = 0;
  // `run` is read-only in the types only: Hardhat declares it as an instance property.
  (hre as { run: RunTaskFunction }).run = (async (...args: unknown[]) => {
    const started = depth === 0;
    depth++;
    try {
      return await run(...args);
    } catch (error) {
      if (!started || !(error instanceof Object) || !failures.has(error) || hre.hardhatArguments.showStackTraces)
        throw error;
      console.error((error as Error).message);
      process.exitCode = 1;
      return undefined;
    } finally {
      depth--;
    }
  }) as RunTaskFunction;
});

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref()),
  ]);

/**
 * What the sentence needs to know about the fund on this network: its districts as the
 * membership names them now, and the symbol and decimals of its assets, of the task's asset and
 * of any other token the error names (read from the chain). Undefined when the network has no
 * deployments file or does not answer within 5 s, so the sentence gives plain numbers.
 */
async function errorContext(hre: HardhatRuntimeEnvironment, error: unknown, taskAsset: string | undefined) {
  // Loaded before the clock starts: only the node may be slow to answer.
  const code = {
    ...(await import("../deploy/deployments")),
    ...(await import("../harness/errors")),
    ...(await import("../typechain-types")),
  };
  return withTimeout(readContext(hre, code, error, taskAsset), 5_000).catch(() => undefined);
}

type ContextCode = typeof import("../deploy/deployments") &
  typeof import("../harness/errors") &
  typeof import("../typechain-types");

async function readContext(
  hre: HardhatRuntimeEnvironment,
  code: ContextCode,
  error: unknown,
  taskAsset: string | undefined,
): Promise<ErrorContext | undefined> {
  const chainId = hre.network.config.chainId ?? Number((await hre.ethers.provider.getNetwork()).chainId);
  let record: DeploymentRecord;
  try {
    record = code.readDeployment(chainId, process.env.PULJE_DEPLOYMENTS_DIR || undefined);
  } catch {
    return undefined;
  }
  const token = async (address: string, symbol?: string) => {
    if (address.toLowerCase() === ETH_ADDRESS) return null; // always known
    const erc20 = code.IERC20Metadata__factory.connect(address, hre.ethers.provider);
    try {
      return { address, symbol: symbol ?? (await erc20.symbol()), decimals: Number(await erc20.decimals()) };
    } catch {
      return null; // not a token (an account, a contract of the fund): nothing to write amounts in
    }
  };
  const known = new Set(record.assets.map((a) => a.address.toLowerCase()));
  const others = [...code.addressesIn(error), ...(taskAsset ? [taskAsset] : [])];
  const assets = await Promise.all([
    ...record.assets.map((a) => token(a.address, a.symbol)),
    ...[...new Set(others.filter((a) => !known.has(a.toLowerCase())))].map((a) => token(a)),
  ]);
  const voteToken =
    record.votingMode === "token" && record.contracts.token ? await token(record.contracts.token) : null;
  return {
    assets: assets.filter((a) => a !== null),
    mainAsset: taskAsset ?? record.assets[0]?.address ?? ETH_ADDRESS,
    districts: await districtNames(hre, code, record).catch(() => record.config.districts),
    voteToken: voteToken ?? undefined,
  };
}

/** The districts as the membership names them: more may have been added since the deployment. */
async function districtNames(hre: HardhatRuntimeEnvironment, code: ContextCode, record: DeploymentRecord) {
  if (!record.contracts.membership) return record.config.districts;
  const membership = code.Membership__factory.connect(record.contracts.membership, hre.ethers.provider);
  const count = Number(await membership.districtCount());
  return Promise.all(Array.from({ length: count }, (_, i) => membership.districtName(i)));
}
