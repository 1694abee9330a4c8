import { HardhatPluginError } from "hardhat/plugins";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Signer } from "ethers";

/**
 * Wraps a task's action so any failure reaches the steward as one plain sentence (a
 * contract's custom error by its meaning) instead of a stack trace.
 */
export function plainErrors<A>(action: (args: A, hre: HardhatRuntimeEnvironment) => Promise<unknown>) {
  return async (args: A, hre: HardhatRuntimeEnvironment) => {
    try {
      return await action(args, hre);
    } catch (error) {
      const { explainError } = await import("../harness/errors");
      throw new HardhatPluginError("pulje", explainError(error), error instanceof Error ? error : undefined);
    }
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
