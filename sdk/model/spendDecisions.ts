import { encodeAbiParameters, keccak256, type Address, type Hex } from "viem";

/**
 * The decision a steward pool or the milestone grants name when they spend from their treasury
 * allowance (the `decision` of the treasury's Paid event), as StewardPool and MilestoneGrants
 * compute it. A proposal's own payment names its description hash instead.
 */

/** A pool's micro-grant: keccak256(abi.encode(pool, grantId)). */
export function poolGrantDecision(pool: Address, grantId: bigint): Hex {
  return keccak256(encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [pool, grantId]));
}

/** A milestone of a grant, by the contract's index (from 0): keccak256(abi.encode(milestones, grantId, index)). */
export function milestoneDecision(milestones: Address, grantId: bigint, index: number): Hex {
  return keccak256(
    encodeAbiParameters([{ type: "address" }, { type: "uint256" }, { type: "uint8" }], [milestones, grantId, index]),
  );
}
