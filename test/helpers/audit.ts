import hre from "hardhat";
import { createPublicClient, custom, type Address, type PublicClient } from "viem";
import { auditFund, type AuditOptions } from "../../audit/audit";
import { toDeploymentRecord } from "../../deploy/deployments";
import type { DeployedFund } from "../../deploy/deployFund";
import type { DeploymentRecord } from "../../sdk/deployment";

/** A viem client on the in-process Hardhat network, as the audit task makes one. */
export function hardhatClient(): PublicClient {
  return createPublicClient({ transport: custom(hre.network.provider) });
}

/** The deployments record of a test fund that keeps the demo krone (DKKT) besides ETH. */
export async function recordWithDkkt(fund: DeployedFund, dkkt: string): Promise<DeploymentRecord> {
  return { ...(await toDeploymentRecord(fund, "hardhat")), assets: [{ symbol: "DKKT", address: dkkt as Address }] };
}

/** Audits a test fund as the audit task would, caching nothing and reading up to the tip. */
export async function auditTestFund(fund: DeployedFund, dkkt: string, options: AuditOptions = {}) {
  return auditFund(hardhatClient(), await recordWithDkkt(fund, dkkt), { reorgDepth: 0n, ...options });
}
