import type { Address, Hex } from "viem";

/** The actions of a proposal, in the governor's argument order. */
export interface ProposalActions {
  targets: Address[];
  values: bigint[];
  calldatas: Hex[];
}

/** One call without ETH. */
export function single(target: Address, calldata: Hex): ProposalActions {
  return { targets: [target], values: [0n], calldatas: [calldata] };
}

/** One proposal doing the actions of several, in order. */
export function concatActions(...parts: ProposalActions[]): ProposalActions {
  return {
    targets: parts.flatMap((p) => p.targets),
    values: parts.flatMap((p) => p.values),
    calldatas: parts.flatMap((p) => p.calldatas),
  };
}
