import type { Address, Hex } from "viem";
import { choiceOf, RULE_EVENTS, type RuleName } from "../../model/governance";
import { majorityText } from "../../model/majority";
import { referencedCommitment } from "../../content/reference";
import { parseDescription } from "../../model/description";
import { decodeAction, type DecodedAction } from "../actions";
import type { EventDecoders } from "../entry";
import { isoDate, type RowWriters } from "../row";

/** Proposals and their votes, the rules they change, and who holds which role or contract. */
export type GovernanceEntry =
  | {
      kind: "proposal";
      proposalId: bigint;
      proposer: Address;
      targets: readonly Address[];
      values: readonly bigint[];
      calldatas: readonly Hex[];
      actions: DecodedAction[];
      /** As the governor holds it: a public title (if published), a text reference, the proposer. */
      description: string;
      voteStart: bigint;
      voteEnd: bigint;
    }
  | {
      kind: "vote";
      proposalId: bigint;
      voter: Address;
      support: number;
      weight: bigint;
      /** The commitment to the voter's written reason (null: none given). */
      reason: Hex | null;
    }
  | { kind: "queue"; proposalId: bigint; eta: bigint }
  | { kind: "execution"; proposalId: bigint }
  | { kind: "cancellation"; proposalId: bigint }
  | { kind: "extension"; proposalId: bigint; deadline: bigint }
  | RuleEntry
  | { kind: "role"; change: "granted" | "revoked"; role: Hex; account: Address; sender: Address }
  | { kind: "ownership"; previousOwner: Address; newOwner: Address }
  | { kind: "ownershipOffered"; previousOwner: Address; newOwner: Address };

/**
 * A rule changed from one value to another: the governor's and the timelock's, and the milestone
 * grants' own two. The majority's values are fractions of For + Against ("1/2", "2/3"); the one
 * before the deployment's is "0/0".
 */
export interface RuleEntry {
  kind: "rule";
  rule: RuleName | "majority" | "guardian" | "milestoneGuardian" | "vetoWindow" | "admissionLimit";
  oldValue: string;
  newValue: string;
}

export const GOVERNANCE_KINDS = [
  "proposal",
  "vote",
  "queue",
  "execution",
  "cancellation",
  "extension",
  "rule",
  "role",
  "ownership",
  "ownershipOffered",
] as const satisfies readonly GovernanceEntry["kind"][];

const ruleChange: EventDecoders<GovernanceEntry>[string] = (a, { eventName }) => {
  const [oldValue, newValue] = Object.values(a).map(String);
  return { kind: "rule", rule: RULE_EVENTS[eventName], oldValue, newValue };
};

const role: EventDecoders<GovernanceEntry>[string] = (a, { eventName }) => ({
  kind: "role",
  change: eventName === "RoleGranted" ? "granted" : "revoked",
  role: a.role as Hex,
  account: a.account as Address,
  sender: a.sender as Address,
});

export const governanceEvents: EventDecoders<GovernanceEntry> = {
  ProposalCreated: (a, { contracts }) => {
    const targets = a.targets as readonly Address[];
    const values = a.values as readonly bigint[];
    const calldatas = a.calldatas as readonly Hex[];
    return {
      kind: "proposal",
      proposalId: a.proposalId as bigint,
      proposer: a.proposer as Address,
      targets,
      values,
      calldatas,
      actions: targets.map((t, i) => decodeAction(t, values[i], calldatas[i], contracts)),
      description: a.description as string,
      voteStart: a.voteStart as bigint,
      voteEnd: a.voteEnd as bigint,
    };
  },
  VoteCast: (a) => ({
    kind: "vote",
    proposalId: a.proposalId as bigint,
    voter: a.voter as Address,
    support: Number(a.support),
    weight: a.weight as bigint,
    // PuljeGovernor accepts only an empty reason or a text reference.
    reason: referencedCommitment(a.reason as string),
  }),
  ProposalQueued: (a) => ({ kind: "queue", proposalId: a.proposalId as bigint, eta: a.etaSeconds as bigint }),
  ProposalExecuted: (a) => ({ kind: "execution", proposalId: a.proposalId as bigint }),
  ProposalCanceled: (a) => ({ kind: "cancellation", proposalId: a.proposalId as bigint }),
  ProposalExtended: (a) => ({
    kind: "extension",
    proposalId: a.proposalId as bigint,
    deadline: BigInt(a.extendedDeadline as bigint),
  }),
  ...Object.fromEntries(Object.keys(RULE_EVENTS).map((name) => [name, ruleChange])),
  MajoritySet: (a) => ({
    kind: "rule",
    rule: "majority",
    oldValue: majorityText({ numerator: Number(a.oldNumerator), denominator: Number(a.oldDenominator) }),
    newValue: majorityText({ numerator: Number(a.newNumerator), denominator: Number(a.newDenominator) }),
  }),
  ProposalGuardianSet: (a) => ({
    kind: "rule",
    rule: "guardian",
    oldValue: String(a.oldProposalGuardian),
    newValue: String(a.newProposalGuardian),
  }),
  RoleGranted: role,
  RoleRevoked: role,
  // A two-step transfer: offered first, done when the new owner accepts (OwnershipTransferred).
  OwnershipTransferStarted: (a) => ({
    kind: "ownershipOffered",
    previousOwner: a.previousOwner as Address,
    newOwner: a.newOwner as Address,
  }),
  // The membership's admission limit: how many members registrars admit per period.
  AdmissionLimitSet: (a) => ({
    kind: "rule",
    rule: "admissionLimit",
    oldValue: `${String(a.oldLimit)} per ${String(a.oldPeriod)} s`,
    newValue: `${String(a.newLimit)} per ${String(a.newPeriod)} s`,
  }),
  OwnershipTransferred: (a) => ({
    kind: "ownership",
    previousOwner: a.previousOwner as Address,
    newOwner: a.newOwner as Address,
  }),
};

export const governanceRows: RowWriters<GovernanceEntry> = {
  proposal: (e, { row }) => {
    row.account = e.proposer;
    const { publicTitle, text } = parseDescription(e.description);
    row.details = publicTitle ?? "";
    row.text_commitment = text ?? "";
  },
  vote: (e, { row }) => {
    row.account = e.voter;
    row.amount_raw = String(e.weight);
    row.details = choiceOf(e.support);
    row.text_commitment = e.reason ?? "";
  },
  queue: (e, { row }) => {
    row.details = `eta ${isoDate(e.eta)}`;
  },
  execution: () => {},
  cancellation: () => {},
  extension: (e, { row }) => {
    row.details = `deadline ${isoDate(e.deadline)}`;
  },
  rule: (e, { row }) => {
    row.details = `${e.rule}: ${e.oldValue} -> ${e.newValue}`;
  },
  role: (e, { row }) => {
    row.account = e.account;
    row.counterparty = e.sender;
    row.details = `${e.change} ${e.role}`;
  },
  ownership: (e, { row }) => {
    row.account = e.newOwner;
    row.counterparty = e.previousOwner;
    row.details = "owner";
  },
  ownershipOffered: (e, { row }) => {
    row.account = e.newOwner;
    row.counterparty = e.previousOwner;
    row.details = "ownership offered, not yet accepted";
  },
};
