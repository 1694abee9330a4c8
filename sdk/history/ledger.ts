import {
  decodeEventLog,
  getAddress,
  toEventSelector,
  type Abi,
  type AbiEvent,
  type Address,
  type Hex,
  type Log,
} from "viem";
import { decodeAction, type DecodedAction } from "./actions";
import { RULE_EVENTS, type RuleName } from "../model/governance";
import {
  abiOf,
  contractKinds,
  eventSelector,
  CONTRACT_KINDS,
  type ContractKind,
  type FundAddresses,
} from "../contracts/kinds";
import { POOL_KINDS, REGISTRATION_SCHEMES, type PoolKind, type RegistrationScheme } from "../model/stewards";

interface Base {
  block: bigint;
  logIndex: number;
  tx: Hex;
  /** Unix seconds of the block, when known. */
  timestamp: number | null;
  contract: ContractKind;
  /** The contract that emitted the event (for a budget round, the round itself). */
  address: Address;
}

/** One line of a fund's history, rebuilt from an event. */
export type LedgerEntry = Base &
  (
    | { kind: "deposit"; from: Address; asset: Address; amount: bigint; memo: string }
    | { kind: "payment"; asset: Address; to: Address; amount: bigint; decision: Hex }
    | {
        kind: "proposal";
        proposalId: bigint;
        proposer: Address;
        targets: readonly Address[];
        values: readonly bigint[];
        calldatas: readonly Hex[];
        actions: DecodedAction[];
        description: string;
        voteStart: bigint;
        voteEnd: bigint;
      }
    | { kind: "vote"; proposalId: bigint; voter: Address; support: number; weight: bigint; reason: string }
    | { kind: "queue"; proposalId: bigint; eta: bigint }
    | { kind: "execution"; proposalId: bigint }
    | { kind: "cancellation"; proposalId: bigint }
    | { kind: "extension"; proposalId: bigint; deadline: bigint }
    | {
        kind: "membership";
        change: "added" | "revoked" | "left";
        account: Address;
        district: number;
        registrar: Address | null;
      }
    | { kind: "district"; district: number; name: string }
    | { kind: "delegation"; delegator: Address; from: Address; to: Address }
    | {
        kind: "rule";
        rule: RuleName | "guardian" | "milestoneGuardian" | "vetoWindow";
        oldValue: string;
        newValue: string;
      }
    | { kind: "role"; change: "granted" | "revoked"; role: Hex; account: Address; sender: Address }
    | { kind: "ownership"; previousOwner: Address; newOwner: Address }
    | { kind: "roundCreated"; round: Address; salt: Hex; asset: Address; total: bigint }
    | {
        kind: "idea";
        ideaId: bigint;
        district: number;
        proposer: Address;
        cost: bigint;
        title: string;
        description: string;
      }
    | { kind: "ideaWithdrawn"; ideaId: bigint }
    | {
        kind: "review";
        ideaId: bigint;
        reviewer: Address;
        feasible: boolean;
        previousCost: bigint;
        cost: bigint;
        payee: Address;
        reason: string;
      }
    | { kind: "ballot"; voter: Address; district: number; ideaIds: readonly bigint[]; replaced: boolean }
    | { kind: "ideaFunded"; ideaId: bigint; district: number; cost: bigint; approvals: number }
    | { kind: "roundFinalized"; allocated: bigint; challengeEndsAt: bigint }
    | { kind: "winnerCancelled"; ideaId: bigint; guardian: Address; reason: string }
    | { kind: "release"; ideaId: bigint; payee: Address; amount: bigint }
    | { kind: "unspentReturned"; treasury: Address; amount: bigint }
    | { kind: "roundInfo"; name: string; details: string }
    // Verified payees (the payee registry).
    | {
        kind: "payeeAttested";
        payee: Address;
        verifier: Address;
        legalName: string;
        scheme: RegistrationScheme;
        number: string;
        validUntil: bigint;
      }
    | { kind: "payeeRevoked"; payee: Address; verifier: Address; reason: string }
    | { kind: "verificationRule"; required: boolean }
    | { kind: "fundAccount"; account: Address; isFundAccount: boolean }
    // The treasury's allowances: money reserved for a spender (a pool, the milestone grants).
    | { kind: "allowanceSet"; spender: Address; asset: Address; previous: bigint; amount: bigint }
    | { kind: "allowanceSpent"; spender: Address; asset: Address; amount: bigint; remaining: bigint }
    | { kind: "allowanceReturned"; spender: Address; asset: Address; amount: bigint }
    // Steward pools (quick pools and task groups), each its own contract.
    | {
        kind: "poolOpened";
        poolKind: PoolKind;
        name: string;
        mandate: string;
        asset: Address;
        cap: bigint;
        endsAt: bigint;
      }
    | { kind: "committeeSet"; committee: readonly Address[]; threshold: number; epoch: number }
    | { kind: "poolGrantProposed"; grantId: bigint; proposer: Address; payee: Address; amount: bigint; reason: string }
    | { kind: "poolGrantApproved"; grantId: bigint; approver: Address; approvals: number }
    | { kind: "poolGrantPaid"; grantId: bigint; payee: Address; amount: bigint }
    | { kind: "poolGrantWithdrawn"; grantId: bigint }
    | { kind: "poolClosed"; by: Address; returned: bigint }
    // Milestone grants (one contract for all of them).
    | {
        kind: "milestoneGrantCreated";
        grantId: bigint;
        payee: Address;
        asset: Address;
        total: bigint;
        milestones: number;
        title: string;
      }
    | { kind: "milestonePlanned"; grantId: bigint; index: number; amount: bigint; description: string }
    | {
        kind: "milestoneDelivered";
        grantId: bigint;
        index: number;
        steward: Address;
        evidenceUri: string;
        evidenceHash: Hex;
        releasableAt: bigint;
      }
    | { kind: "milestoneStopped"; grantId: bigint; index: number; guardian: Address; reason: string }
    | { kind: "milestoneReleased"; grantId: bigint; index: number; payee: Address; amount: bigint }
    | { kind: "milestoneGrantCancelled"; grantId: bigint; returned: bigint }
    | { kind: "other"; name: string }
  );

export { POOL_KINDS, REGISTRATION_SCHEMES, type PoolKind, type RegistrationScheme } from "../model/stewards";

export type LedgerKind = LedgerEntry["kind"];

/**
 * The version of what buildLedger makes of an event. The audit's disk cache keeps decoded
 * entries under it: raise it whenever an entry's kind or fields change (here, in describe() or
 * in decodeAction), so entries cached by an older decoder are read again from the chain.
 */
export const LEDGER_VERSION = 1;

/** Events that only repeat what another event of the same transaction already says. */
const REDUNDANT = new Set([
  "membership:Transfer", // MemberAdded / MemberRevoked / MemberLeft say it with the district
  "membership:DelegateVotesChanged", // follows from DelegateChanged and memberships
  "token:DelegateVotesChanged",
  "timelock:CallScheduled", // ProposalQueued
  "timelock:CallExecuted", // ProposalExecuted
  "timelock:CallSalt",
  "poolFactory:PoolCreated", // the pool's own PoolOpened says it, with its mandate
]);

type Args = Record<string, unknown>;

/**
 * Each contract's events by topic, built once: decoding with the one matching event is much
 * faster than letting the decoder search a whole ABI for every log (tens of thousands of votes).
 */
const EVENTS_BY_TOPIC = new Map<ContractKind, Map<Hex, Abi>>(
  CONTRACT_KINDS.map((kind) => [
    kind,
    new Map(
      abiOf(kind)
        .filter((item): item is AbiEvent => item.type === "event")
        .map((event) => [toEventSelector(event), [event]]),
    ),
  ]),
);

/** The factories' creation events; the first indexed argument of each is the new contract. */
const ROUND_CREATED = eventSelector("roundFactory", "RoundCreated");
const POOL_CREATED = eventSelector("poolFactory", "PoolCreated");

/**
 * Turns a fund's raw logs into ledger entries, in chain order. Each log is decoded with the
 * ABI of the contract that emitted it (an ERC-721 and an ERC-20 Transfer share a topic).
 * `timestamps` maps block numbers to block times where known.
 */
export function buildLedger(
  logs: readonly Log[],
  contracts: FundAddresses,
  timestamps: ReadonlyMap<bigint, number> = new Map(),
  rounds: readonly Address[] = roundCreations(logs, contracts).map((c) => c.round),
  pools: readonly Address[] = poolCreations(logs, contracts).map((c) => c.pool),
): LedgerEntry[] {
  const kinds = contractKinds(contracts, rounds, pools);
  const entries: LedgerEntry[] = [];
  for (const log of logs) {
    const contract = kinds.get(log.address.toLowerCase());
    if (!contract || log.blockNumber === null || log.logIndex === null || log.transactionHash === null) continue;
    let name: string;
    let args: Args;
    const abi = log.topics[0] ? EVENTS_BY_TOPIC.get(contract)?.get(log.topics[0]) : undefined;
    if (!abi) continue; // not an event of this contract's ABI
    try {
      const decoded = decodeEventLog({ abi, data: log.data, topics: log.topics });
      name = decoded.eventName ?? "";
      args = (decoded.args ?? {}) as Args;
    } catch {
      continue; // same topic, other indexing (e.g. an ERC-20 Transfer at an ERC-721)
    }
    if (REDUNDANT.has(`${contract}:${name}`)) continue;
    const base: Base = {
      block: log.blockNumber,
      logIndex: log.logIndex,
      tx: log.transactionHash,
      timestamp: timestamps.get(log.blockNumber) ?? null,
      contract,
      address: checksummed(log.address),
    };
    entries.push({ ...base, ...describe(name, args, contracts) });
  }
  return entries.sort((a, b) => (a.block === b.block ? a.logIndex - b.logIndex : a.block < b.block ? -1 : 1));
}

/** The contracts a factory created, and where, from its creation events. */
function creations(logs: readonly Log[], factory: Address | null | undefined, topic: Hex) {
  const at = factory?.toLowerCase();
  if (!at) return [];
  return logs
    .filter((l) => l.address.toLowerCase() === at && l.topics[0] === topic && l.topics[1] && l.blockNumber !== null)
    .map((l) => ({ address: getAddress(`0x${l.topics[1]!.slice(26)}`), block: l.blockNumber! }));
}

/** The budget rounds the fund's factory opened, and where, from its RoundCreated events. */
export function roundCreations(logs: readonly Log[], contracts: FundAddresses): { round: Address; block: bigint }[] {
  return creations(logs, contracts.roundFactory, ROUND_CREATED).map((c) => ({ round: c.address, block: c.block }));
}

/** The pools the fund's pool factory created, and where, from its PoolCreated events. */
export function poolCreations(logs: readonly Log[], contracts: FundAddresses): { pool: Address; block: bigint }[] {
  return creations(logs, contracts.poolFactory, POOL_CREATED).map((c) => ({ pool: c.address, block: c.block }));
}

/** Checksummed addresses, computed once each (a fund has a handful; its history, thousands of logs). */
const CHECKSUMMED = new Map<string, Address>();
function checksummed(address: string): Address {
  let known = CHECKSUMMED.get(address);
  if (!known) CHECKSUMMED.set(address, (known = getAddress(address)));
  return known;
}

type Body = LedgerEntry extends infer E ? (E extends LedgerEntry ? Omit<E, keyof Base> : never) : never;

function describe(name: string, a: Args, contracts: FundAddresses): Body {
  switch (name) {
    case "Deposited":
      return {
        kind: "deposit",
        from: a.from as Address,
        asset: a.token as Address,
        amount: a.amount as bigint,
        memo: a.memo as string,
      };
    case "Paid":
      return {
        kind: "payment",
        asset: a.token as Address,
        to: a.to as Address,
        amount: a.amount as bigint,
        decision: a.decision as Hex,
      };
    case "ProposalCreated": {
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
    }
    case "VoteCast":
      return {
        kind: "vote",
        proposalId: a.proposalId as bigint,
        voter: a.voter as Address,
        support: Number(a.support),
        weight: a.weight as bigint,
        reason: a.reason as string,
      };
    case "ProposalQueued":
      return { kind: "queue", proposalId: a.proposalId as bigint, eta: a.etaSeconds as bigint };
    case "ProposalExecuted":
      return { kind: "execution", proposalId: a.proposalId as bigint };
    case "ProposalCanceled":
      return { kind: "cancellation", proposalId: a.proposalId as bigint };
    case "ProposalExtended":
      return { kind: "extension", proposalId: a.proposalId as bigint, deadline: BigInt(a.extendedDeadline as bigint) };
    case "MemberAdded":
      return {
        kind: "membership",
        change: "added",
        account: a.account as Address,
        district: Number(a.district),
        registrar: a.registrar as Address,
      };
    case "MemberRevoked":
      return {
        kind: "membership",
        change: "revoked",
        account: a.account as Address,
        district: Number(a.district),
        registrar: null,
      };
    case "MemberLeft":
      return {
        kind: "membership",
        change: "left",
        account: a.account as Address,
        district: Number(a.district),
        registrar: null,
      };
    case "DistrictAdded":
      return { kind: "district", district: Number(a.district), name: a.name as string };
    case "DelegateChanged":
      return {
        kind: "delegation",
        delegator: a.delegator as Address,
        from: a.fromDelegate as Address,
        to: a.toDelegate as Address,
      };
    case "ProposalGuardianSet":
      return {
        kind: "rule",
        rule: "guardian",
        oldValue: String(a.oldProposalGuardian),
        newValue: String(a.newProposalGuardian),
      };
    case "RoundCreated":
      return {
        kind: "roundCreated",
        round: a.round as Address,
        salt: a.salt as Hex,
        asset: a.asset as Address,
        total: a.total as bigint,
      };
    case "IdeaSubmitted":
      return {
        kind: "idea",
        ideaId: a.ideaId as bigint,
        district: Number(a.district),
        proposer: a.proposer as Address,
        cost: a.cost as bigint,
        title: a.title as string,
        description: a.description as string,
      };
    case "IdeaWithdrawn":
      return { kind: "ideaWithdrawn", ideaId: a.ideaId as bigint };
    case "IdeaReviewed":
      return {
        kind: "review",
        ideaId: a.ideaId as bigint,
        reviewer: a.reviewer as Address,
        feasible: a.feasible as boolean,
        previousCost: a.previousCost as bigint,
        cost: a.cost as bigint,
        payee: a.payee as Address,
        reason: a.reason as string,
      };
    case "BallotCast":
      return {
        kind: "ballot",
        voter: a.voter as Address,
        district: Number(a.district),
        ideaIds: a.ideaIds as readonly bigint[],
        replaced: a.replaced as boolean,
      };
    case "IdeaFunded":
      return {
        kind: "ideaFunded",
        ideaId: a.ideaId as bigint,
        district: Number(a.district),
        cost: a.cost as bigint,
        approvals: Number(a.approvals),
      };
    case "RoundFinalized":
      return {
        kind: "roundFinalized",
        allocated: a.allocated as bigint,
        challengeEndsAt: BigInt(a.challengeEndsAt as number),
      };
    case "WinnerCancelled":
      return {
        kind: "winnerCancelled",
        ideaId: a.ideaId as bigint,
        guardian: a.guardian as Address,
        reason: a.reason as string,
      };
    case "IdeaReleased":
      return { kind: "release", ideaId: a.ideaId as bigint, payee: a.payee as Address, amount: a.amount as bigint };
    case "UnspentReturned":
      return { kind: "unspentReturned", treasury: a.treasury as Address, amount: a.amount as bigint };
    case "RoundOpened":
    case "RoundScheduled":
    case "BallotRulesSet":
    case "DistrictBudgetSet":
    case "DistrictFinalized":
    case "ReviewerAdded":
      return {
        kind: "roundInfo",
        name,
        details: Object.entries(a)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(" "),
      };
    case "PayeeAttested":
      return {
        kind: "payeeAttested",
        payee: a.payee as Address,
        verifier: a.verifier as Address,
        legalName: a.legalName as string,
        scheme: REGISTRATION_SCHEMES[Number(a.scheme)] ?? (String(a.scheme) as RegistrationScheme),
        number: a.number as string,
        validUntil: BigInt(a.validUntil as number),
      };
    case "PayeeRevoked":
      return {
        kind: "payeeRevoked",
        payee: a.payee as Address,
        verifier: a.verifier as Address,
        reason: a.reason as string,
      };
    case "VerificationRequirementSet":
      return { kind: "verificationRule", required: a.newRequired as boolean };
    case "FundAccountSet":
      return { kind: "fundAccount", account: a.account as Address, isFundAccount: a.isFundAccount as boolean };
    case "AllowanceSet":
      return {
        kind: "allowanceSet",
        spender: a.spender as Address,
        asset: a.token as Address,
        previous: a.previous as bigint,
        amount: a.current as bigint,
      };
    case "AllowanceSpent":
      return {
        kind: "allowanceSpent",
        spender: a.spender as Address,
        asset: a.token as Address,
        amount: a.amount as bigint,
        remaining: a.remaining as bigint,
      };
    case "AllowanceReturned":
      return {
        kind: "allowanceReturned",
        spender: a.spender as Address,
        asset: a.token as Address,
        amount: a.amount as bigint,
      };
    case "PoolOpened":
      return {
        kind: "poolOpened",
        poolKind: POOL_KINDS[Number(a.kind)] ?? (String(a.kind) as PoolKind),
        name: a.name as string,
        mandate: a.mandate as string,
        asset: a.token as Address,
        cap: a.capPerGrant as bigint,
        endsAt: BigInt(a.endsAt as number),
      };
    case "CommitteeSet":
      return {
        kind: "committeeSet",
        committee: a.committee as readonly Address[],
        threshold: Number(a.threshold),
        epoch: Number(a.epoch),
      };
    case "GrantProposed":
      return {
        kind: "poolGrantProposed",
        grantId: a.grantId as bigint,
        proposer: a.proposer as Address,
        payee: a.payee as Address,
        amount: a.amount as bigint,
        reason: a.reason as string,
      };
    case "GrantApproved":
      return {
        kind: "poolGrantApproved",
        grantId: a.grantId as bigint,
        approver: a.approver as Address,
        approvals: Number(a.approvals),
      };
    case "GrantPaid":
      return {
        kind: "poolGrantPaid",
        grantId: a.grantId as bigint,
        payee: a.payee as Address,
        amount: a.amount as bigint,
      };
    case "GrantWithdrawn":
      return { kind: "poolGrantWithdrawn", grantId: a.grantId as bigint };
    case "PoolClosed":
      return { kind: "poolClosed", by: a.by as Address, returned: a.returned as bigint };
    case "MilestoneGrantCreated":
      return {
        kind: "milestoneGrantCreated",
        grantId: a.grantId as bigint,
        payee: a.payee as Address,
        asset: a.token as Address,
        total: a.total as bigint,
        milestones: Number(a.milestones),
        title: a.title as string,
      };
    case "MilestonePlanned":
      return {
        kind: "milestonePlanned",
        grantId: a.grantId as bigint,
        index: Number(a.index),
        amount: a.amount as bigint,
        description: a.description as string,
      };
    case "MilestoneDelivered":
      return {
        kind: "milestoneDelivered",
        grantId: a.grantId as bigint,
        index: Number(a.index),
        steward: a.steward as Address,
        evidenceUri: a.evidenceUri as string,
        evidenceHash: a.evidenceHash as Hex,
        releasableAt: BigInt(a.releasableAt as number),
      };
    case "MilestoneStopped":
      return {
        kind: "milestoneStopped",
        grantId: a.grantId as bigint,
        index: Number(a.index),
        guardian: a.guardian as Address,
        reason: a.reason as string,
      };
    case "MilestoneReleased":
      return {
        kind: "milestoneReleased",
        grantId: a.grantId as bigint,
        index: Number(a.index),
        payee: a.payee as Address,
        amount: a.amount as bigint,
      };
    case "MilestoneGrantCancelled":
      return { kind: "milestoneGrantCancelled", grantId: a.grantId as bigint, returned: a.returned as bigint };
    case "MilestoneGuardianSet":
      return {
        kind: "rule",
        rule: "milestoneGuardian",
        oldValue: String(a.oldGuardian),
        newValue: String(a.newGuardian),
      };
    case "VetoWindowSet":
      return { kind: "rule", rule: "vetoWindow", oldValue: String(a.oldVetoWindow), newValue: String(a.newVetoWindow) };
    case "OwnershipTransferred":
      return { kind: "ownership", previousOwner: a.previousOwner as Address, newOwner: a.newOwner as Address };
    case "RoleGranted":
    case "RoleRevoked":
      return {
        kind: "role",
        change: name === "RoleGranted" ? "granted" : "revoked",
        role: a.role as Hex,
        account: a.account as Address,
        sender: a.sender as Address,
      };
  }
  if (name in RULE_EVENTS) {
    const [oldValue, newValue] = Object.values(a).map(String);
    return { kind: "rule", rule: RULE_EVENTS[name], oldValue, newValue };
  }
  return { kind: "other", name };
}

/** Per asset: what the events explain (deposits − payments) next to what the contract holds. */
export interface Reconciliation {
  asset: Address;
  deposits: bigint;
  payments: bigint;
  explained: bigint;
  balance: bigint;
  /** balance − explained: an inflow without an event (forced ETH, a direct transfer) when positive. */
  unexplained: bigint;
}

/** `balances` maps lower-cased asset addresses (the zero address for ETH) to what the contract holds. */
export function reconcile(entries: readonly LedgerEntry[], balances: ReadonlyMap<string, bigint>): Reconciliation[] {
  const totals = new Map<string, { asset: Address; deposits: bigint; payments: bigint }>();
  const total = (asset: string) => {
    const key = asset.toLowerCase();
    if (!totals.has(key)) totals.set(key, { asset: getAddress(key), deposits: 0n, payments: 0n });
    return totals.get(key)!;
  };
  for (const [asset] of balances) total(asset);
  for (const e of entries) {
    if (e.kind === "deposit") total(e.asset).deposits += e.amount;
    if (e.kind === "payment") total(e.asset).payments += e.amount;
  }
  return [...totals.values()].map(({ asset, deposits, payments }) => {
    const balance = balances.get(asset.toLowerCase()) ?? 0n;
    const explained = deposits - payments;
    return { asset, deposits, payments, explained, balance, unexplained: balance - explained };
  });
}

/** A budget round's escrow: paid in by the treasury; paid out to winners and back to the treasury. */
export interface EscrowReconciliation extends Reconciliation {
  round: Address;
}

/** `balances` maps lower-cased round addresses to what each escrow holds of its asset. */
export function reconcileEscrows(
  entries: readonly LedgerEntry[],
  balances: ReadonlyMap<string, bigint>,
): EscrowReconciliation[] {
  return entries.flatMap((created) => {
    if (created.kind !== "roundCreated") return [];
    const round = created.round.toLowerCase();
    let deposits = 0n;
    let payments = 0n;
    for (const e of entries) {
      if (e.kind === "payment" && e.to.toLowerCase() === round && e.asset.toLowerCase() === created.asset.toLowerCase())
        deposits += e.amount;
      if ((e.kind === "release" || e.kind === "unspentReturned") && e.address.toLowerCase() === round)
        payments += e.amount;
    }
    const balance = balances.get(round) ?? 0n;
    const explained = deposits - payments;
    return [
      {
        round: created.round,
        asset: created.asset,
        deposits,
        payments,
        explained,
        balance,
        unexplained: balance - explained,
      },
    ];
  });
}
