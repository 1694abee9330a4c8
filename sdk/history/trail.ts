import type { Address, Hex } from "viem";
import { descriptionHash } from "../model/description";
import { milestoneDecision, poolGrantDecision } from "../model/spendDecisions";
import type { LedgerEntry } from "./ledger";
import type { Row } from "./row";

type Entry<K extends LedgerEntry["kind"]> = Extract<LedgerEntry, { kind: K }>;

/** A budget round, pool or milestone grant as its opening tells it. */
export interface Opening {
  asset: Address;
  /** The proposal whose execution opened it; null when none in the history read did. */
  proposal: bigint | null;
}

/** A budget round's opening: its salt is the opening proposal's description hash. */
export interface RoundOpening extends Opening {
  salt: Hex;
}

/** What a steward's spend or a return of its allowance was for: a pool's micro-grant, a milestone (from 1). */
export type Spend = { pool: Address; poolGrant: bigint | null } | { milestoneGrant: bigint; milestone: number | null };

/**
 * What a row needs from other rows to name the decision behind its money: each round's, pool's
 * and milestone grant's asset and opening proposal, the payee each idea's review named, what
 * each steward spent for, and the proposals each transaction executed. Built in one pass over
 * the history (later rows name what earlier ones opened, and a proposal's ProposalExecuted comes
 * after the payments it made, in the same transaction).
 */
export interface MoneyTrail {
  /** By lower-cased round address. */
  rounds: ReadonlyMap<string, RoundOpening>;
  /** By lower-cased pool address. */
  pools: ReadonlyMap<string, Opening>;
  milestoneGrants: ReadonlyMap<bigint, Opening>;
  /** The payee an idea's last review named, by `<lower-cased round>:<idea id>`. */
  ideaPayees: ReadonlyMap<string, Address>;
  /** A treasury payment from an allowance, by the lower-cased decision the spender named. */
  spentFor: ReadonlyMap<string, Spend>;
  /** An allowance spent or returned, by `<transaction>:<lower-cased spender>`. */
  movedFor: ReadonlyMap<string, Spend>;
  /** The proposals executed in each transaction. */
  executed: ReadonlyMap<string, readonly bigint[]>;
  /** Each proposal's creation, with its decoded actions. */
  proposals: ReadonlyMap<bigint, Entry<"proposal">>;
}

const lower = (address: string) => address.toLowerCase();
const ideaKey = (round: string, ideaId: bigint) => `${lower(round)}:${ideaId}`;
const moveKey = (tx: Hex, spender: string) => `${tx}:${lower(spender)}`;

export function moneyTrail(entries: readonly LedgerEntry[]): MoneyTrail {
  const proposals = new Map<bigint, Entry<"proposal">>();
  const executed = new Map<string, bigint[]>();
  const openings: (Entry<"roundCreated"> | Entry<"poolOpened"> | Entry<"milestoneGrantCreated">)[] = [];
  const ideaPayees = new Map<string, Address>();
  const spentFor = new Map<string, Spend>();
  const movedFor = new Map<string, Spend>();
  for (const e of entries) {
    if (e.kind === "proposal") proposals.set(e.proposalId, e);
    else if (e.kind === "execution") executed.set(e.tx, [...(executed.get(e.tx) ?? []), e.proposalId]);
    else if (e.kind === "roundCreated" || e.kind === "poolOpened" || e.kind === "milestoneGrantCreated")
      openings.push(e);
    else if (e.kind === "review") ideaPayees.set(ideaKey(e.address, e.ideaId), e.payee);
    else if (e.kind === "poolGrantPaid") {
      const spend = { pool: e.address, poolGrant: e.grantId };
      spentFor.set(lower(poolGrantDecision(e.address, e.grantId)), spend);
      movedFor.set(moveKey(e.tx, e.address), spend);
    } else if (e.kind === "poolClosed") movedFor.set(moveKey(e.tx, e.address), { pool: e.address, poolGrant: null });
    else if (e.kind === "milestoneReleased") {
      const spend = { milestoneGrant: e.grantId, milestone: e.index + 1 };
      spentFor.set(lower(milestoneDecision(e.address, e.grantId, e.index)), spend);
      movedFor.set(moveKey(e.tx, e.address), spend);
    } else if (e.kind === "milestoneGrantCancelled")
      movedFor.set(moveKey(e.tx, e.address), { milestoneGrant: e.grantId, milestone: null });
  }
  const rounds = new Map<string, RoundOpening>();
  const pools = new Map<string, Opening>();
  const milestoneGrants = new Map<bigint, Opening>();
  for (const e of openings) {
    const inTx = executed.get(e.tx) ?? [];
    if (e.kind === "roundCreated") {
      // The proposal whose createRound action carries the round's salt (its description hash),
      // preferably the one executed in this transaction.
      const opens = (p: Entry<"proposal"> | undefined) =>
        p?.actions.some((a) => a.kind === "openRound" && lower(a.salt) === lower(e.salt)) ?? false;
      const opener = inTx.find((id) => opens(proposals.get(id))) ?? [...proposals.values()].find(opens)?.proposalId;
      rounds.set(lower(e.round), { asset: e.asset, proposal: opener ?? null, salt: e.salt });
    } else {
      // Pools and milestone grants are created by the proposal executed in the same transaction.
      const opening = { asset: e.asset, proposal: inTx[0] ?? null };
      if (e.kind === "poolOpened") pools.set(lower(e.address), opening);
      else milestoneGrants.set(e.grantId, opening);
    }
  }
  return { rounds, pools, milestoneGrants, ideaPayees, spentFor, movedFor, executed, proposals };
}

export const EMPTY_TRAIL: MoneyTrail = moneyTrail([]);

/** The payee an idea's review named (null when no review of it was read). */
export function ideaPayee(trail: MoneyTrail, round: Address, ideaId: bigint): Address | null {
  return trail.ideaPayees.get(ideaKey(round, ideaId)) ?? null;
}

/** The asset a round's, pool's or milestone grant's entry counts in (null when its opening was not read). */
export function entryAsset(e: LedgerEntry, trail: MoneyTrail): Address | null {
  if (e.contract === "round") return trail.rounds.get(lower(e.address))?.asset ?? null;
  if (e.contract === "pool") return trail.pools.get(lower(e.address))?.asset ?? null;
  if (e.contract === "milestoneGrants" && "grantId" in e) return trail.milestoneGrants.get(e.grantId)?.asset ?? null;
  return null;
}

/** The columns that tie a row to the decision behind it and to its round, pool or milestone grant. */
export const LINK_COLUMNS = [
  "proposal",
  "decision",
  "round",
  "idea",
  "pool",
  "pool_grant",
  "milestone_grant",
  "milestone",
] as const;
export type Links = Pick<Row, (typeof LINK_COLUMNS)[number]>;

const id = (value: bigint | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/**
 * What a row links to: the proposal whose decision it follows from (its own for a governance
 * row; a payment's that paid it; otherwise the proposal executed in the row's transaction —
 * one that closes a pool, say — or else the one that opened the round, pool or milestone grant
 * it belongs to), the decision hash (a payment's as the treasury recorded it, a proposal's
 * description hash, a round's salt), and the round and idea, pool and micro-grant, or
 * milestone grant and milestone (numbered from 1).
 */
export function linksOf(e: LedgerEntry, trail: MoneyTrail): Partial<Links> {
  const here = trail.executed.get(e.tx)?.[0];
  const decidedBy = (opener: bigint | null | undefined) => id(here ?? opener);
  const round = (address: Address): Partial<Links> => {
    const opening = trail.rounds.get(lower(address));
    return { round: address, proposal: decidedBy(opening?.proposal), decision: opening?.salt ?? "" };
  };
  const spend = (s: Spend | undefined): Partial<Links> => {
    if (!s) return {};
    if ("pool" in s)
      return {
        pool: s.pool,
        pool_grant: id(s.poolGrant),
        proposal: decidedBy(trail.pools.get(lower(s.pool))?.proposal),
      };
    return {
      milestone_grant: id(s.milestoneGrant),
      milestone: id(s.milestone),
      proposal: decidedBy(trail.milestoneGrants.get(s.milestoneGrant)?.proposal),
    };
  };
  switch (e.kind) {
    case "proposal":
      return { proposal: id(e.proposalId), decision: descriptionHash(e.description) };
    case "roundCreated":
      return round(e.round);
    case "payment": {
      const delegated = trail.spentFor.get(lower(e.decision));
      if (delegated) return { ...spend(delegated), decision: e.decision };
      // A proposal's own payment: the proposal executed in this transaction with this pay action.
      const paying = (trail.executed.get(e.tx) ?? []).find((proposal) =>
        trail.proposals
          .get(proposal)
          ?.actions.some(
            (a) =>
              a.kind === "pay" &&
              lower(a.asset) === lower(e.asset) &&
              lower(a.to) === lower(e.to) &&
              a.amount === e.amount &&
              lower(a.decision) === lower(e.decision),
          ),
      );
      const escrow = trail.rounds.has(lower(e.to)) ? { round: e.to } : {};
      return { ...escrow, proposal: id(paying), decision: e.decision };
    }
    case "deposit":
      // A round's return reaches the treasury as a deposit from the round.
      return trail.rounds.has(lower(e.from)) ? round(e.from) : {};
    case "allowanceSet": {
      const pool = trail.pools.has(lower(e.spender)) ? { pool: e.spender } : {};
      return { ...pool, proposal: id(here) };
    }
    case "allowanceSpent":
    case "allowanceReturned":
      return spend(trail.movedFor.get(moveKey(e.tx, e.spender)));
  }
  if ("proposalId" in e) return { proposal: id(e.proposalId) };
  if (e.contract === "round") return { ...round(e.address), idea: "ideaId" in e ? id(e.ideaId) : "" };
  if (e.contract === "pool")
    return {
      pool: e.address,
      pool_grant: "grantId" in e ? id(e.grantId) : "",
      proposal: decidedBy(trail.pools.get(lower(e.address))?.proposal),
    };
  if (e.contract === "milestoneGrants" && "grantId" in e)
    return {
      milestone_grant: id(e.grantId),
      milestone: "index" in e ? id(e.index + 1) : "",
      proposal: decidedBy(trail.milestoneGrants.get(e.grantId)?.proposal),
    };
  // A rule, role or registry change a proposal made.
  return { proposal: id(here) };
}
