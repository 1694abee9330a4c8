import { decodeFunctionData, type Address, type Hex } from "viem";
import { ABIS, contractKinds, fundContractAt, type ContractKind, type FundAddresses } from "../contracts/kinds";
import type { FundContractKind } from "../contracts/list";
import { RULE_SETTERS, type RuleName } from "../model/governance";
import { isMajority, MAX_MAJORITY_DENOMINATOR, type Majority } from "../model/majority";
import type { RoundParams } from "../proposals/rounds";

export type { RuleName } from "../model/governance";

/** One action of a proposal, decoded into what it does. */
export type DecodedAction =
  | { kind: "pay"; asset: Address; to: Address; amount: bigint; decision: Hex }
  | { kind: "rule"; rule: RuleName; value: bigint }
  | { kind: "majority"; majority: Majority }
  | { kind: "guardian"; guardian: Address }
  | { kind: "revokeMember"; account: Address }
  | { kind: "addDistrict"; name: string }
  | ({ kind: "openRound"; salt: Hex } & Pick<RoundParams, OpenRoundFact>)
  | { kind: "role"; change: "grant" | "revoke"; contract: ContractKind; role: Hex; account: Address }
  | { kind: "mint"; to: Address; amount: bigint }
  | { kind: "sendEth"; to: Address; value: bigint }
  | {
      kind: "call";
      target: Address;
      /** Which of the fund's contracts, the paymaster included (it records no history events). */
      contract: FundContractKind | null;
      functionName: string | null;
      value: bigint;
      data: Hex;
    };

/** What a round's opening says about it, as the factory's parameters name it. */
const OPEN_ROUND_FACTS = [
  "asset",
  "districts",
  "budgets",
  "ideasEnd",
  "reviewEnd",
  "votingEnd",
  "challengeDelay",
  "payoutWindow",
  "minPicks",
  "maxPicks",
  "maxIdeasPerMember",
  "minApprovals",
] as const;
type OpenRoundFact = (typeof OPEN_ROUND_FACTS)[number];

/**
 * What an action does, in terms a person can check: the treasury's payments, rule changes,
 * membership and role changes by name; anything else as a call with its function name (when
 * the target is one of the fund's contracts) or its raw data. Never guesses.
 */
export function decodeAction(target: Address, value: bigint, data: Hex, contracts: FundAddresses): DecodedAction {
  const known = contractKinds(contracts).get(target.toLowerCase()) ?? null;
  const contract = fundContractAt(contracts, target);
  if (data === "0x" || data.length < 10) {
    return value > 0n
      ? { kind: "sendEth", to: target, value }
      : { kind: "call", target, contract, functionName: null, value, data };
  }
  if (!contract) return { kind: "call", target, contract, functionName: null, value, data };
  let functionName: string;
  let args: readonly unknown[];
  try {
    const decoded = decodeFunctionData({ abi: ABIS[contract], data });
    functionName = decoded.functionName;
    args = decoded.args ?? [];
  } catch {
    return { kind: "call", target, contract, functionName: null, value, data };
  }
  if (value === 0n) {
    if (contract === "treasury" && functionName === "pay") {
      const [asset, to, amount, decision] = args as [Address, Address, bigint, Hex];
      return { kind: "pay", asset, to, amount, decision };
    }
    if (
      functionName in RULE_SETTERS &&
      (contract === "governor" || (contract === "timelock" && functionName === "updateDelay"))
    ) {
      // The setters take uint32/uint48/uint256; viem decodes the small ones as numbers.
      return {
        kind: "rule",
        rule: RULE_SETTERS[functionName as keyof typeof RULE_SETTERS],
        value: BigInt(args[0] as bigint | number),
      };
    }
    if (contract === "governor" && functionName === "setMajority") {
      // A majority the governor would refuse stays a plain call: its execution will revert.
      const [numerator, denominator] = (args as [bigint, bigint]).map((v) =>
        v <= BigInt(MAX_MAJORITY_DENOMINATOR) ? Number(v) : -1,
      );
      const majority = { numerator, denominator };
      if (isMajority(majority)) return { kind: "majority", majority };
    }
    if (contract === "governor" && functionName === "setProposalGuardian")
      return { kind: "guardian", guardian: args[0] as Address };
    if (contract === "membership" && functionName === "revoke")
      return { kind: "revokeMember", account: args[0] as Address };
    if (contract === "membership" && functionName === "addDistrict")
      return { kind: "addDistrict", name: args[0] as string };
    if (known && (functionName === "grantRole" || functionName === "revokeRole")) {
      const [role, account] = args as [Hex, Address];
      return {
        kind: "role",
        change: functionName === "grantRole" ? "grant" : "revoke",
        contract: known,
        role,
        account,
      };
    }
    if (contract === "roundFactory" && functionName === "createRound") {
      const [salt, p] = args as [Hex, RoundParams];
      const facts = Object.fromEntries(OPEN_ROUND_FACTS.map((fact) => [fact, p[fact]]));
      return { kind: "openRound", salt, ...(facts as Pick<RoundParams, OpenRoundFact>) };
    }
    if (contract === "token" && functionName === "mint") {
      const [to, amount] = args as [Address, bigint];
      return { kind: "mint", to, amount };
    }
  }
  return { kind: "call", target, contract, functionName, value, data };
}
