import { useMemo } from "react";
import type { Address, Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import { REGISTRATION_SCHEMES } from "@sdk/model/stewards";
import { useFundHistory } from "../history/useFundHistory";
import type { PoolKind } from "./stewardModel";

export interface PoolListing {
  address: Address;
  kind: PoolKind;
  name: string;
  mandate: string;
  block: bigint;
}

export interface ProposedGrant {
  proposer: Address;
  payee: Address;
  amount: bigint;
  reason: string;
}

export interface MilestoneGrantListing {
  grantId: bigint;
  payee: Address;
  token: Address;
  total: bigint;
  count: number;
  title: string;
}

export interface Delivery {
  steward: Address;
  evidenceUri: string;
  evidenceHash: Hex;
  releasableAt: number;
}

export interface AttestationRecord {
  payee: Address;
  verifier: Address;
  legalName: string;
  scheme: number;
  number: string;
  validUntil: number;
}

export interface StewardEvents {
  pools: PoolListing[];
  /** Per pool (lower-cased address), per grant id: what was proposed. */
  proposals: Map<string, Map<bigint, ProposedGrant>>;
  milestoneGrants: MilestoneGrantListing[];
  /** Per "grantId-index": the milestone's description, its latest delivery and latest stop. */
  descriptions: Map<string, string>;
  deliveries: Map<string, Delivery>;
  stops: Map<string, string>;
  /** Per payee (lower-cased): the latest attestation, and the reason of a revocation after it. */
  attestations: Map<string, AttestationRecord>;
  revocations: Map<string, string>;
}

export const milestoneKey = (grantId: bigint, index: number) => `${grantId}-${index}`;

/**
 * The texts the contracts keep only in events — pool names and mandates, grant reasons,
 * milestone descriptions and evidence, payees' legal names and numbers — taken from the fund's
 * ledger, which the shared history reader builds (in bounded block ranges, cached, only new
 * blocks after the first read). Entries are in chain order, so later events win.
 */
export function stewardEventsFrom(entries: readonly LedgerEntry[]): StewardEvents {
  const events: StewardEvents = {
    pools: [],
    proposals: new Map(),
    milestoneGrants: [],
    descriptions: new Map(),
    deliveries: new Map(),
    stops: new Map(),
    attestations: new Map(),
    revocations: new Map(),
  };
  for (const e of entries) {
    switch (e.kind) {
      case "poolOpened":
        events.pools.push({ address: e.address, kind: e.poolKind, name: e.name, mandate: e.mandate, block: e.block });
        break;
      case "poolGrantProposed": {
        const key = e.address.toLowerCase();
        if (!events.proposals.has(key)) events.proposals.set(key, new Map());
        events.proposals.get(key)!.set(e.grantId, {
          proposer: e.proposer,
          payee: e.payee,
          amount: e.amount,
          reason: e.reason,
        });
        break;
      }
      case "milestoneGrantCreated":
        events.milestoneGrants.push({
          grantId: e.grantId,
          payee: e.payee,
          token: e.asset,
          total: e.total,
          count: e.milestones,
          title: e.title,
        });
        break;
      case "milestonePlanned":
        events.descriptions.set(milestoneKey(e.grantId, e.index), e.description);
        break;
      case "milestoneDelivered":
        events.deliveries.set(milestoneKey(e.grantId, e.index), {
          steward: e.steward,
          evidenceUri: e.evidenceUri,
          evidenceHash: e.evidenceHash,
          releasableAt: Number(e.releasableAt),
        });
        break;
      case "milestoneStopped":
        events.stops.set(milestoneKey(e.grantId, e.index), e.reason);
        break;
      case "payeeAttested": {
        // A renewal replaces the attestation and clears an earlier revocation.
        const key = e.payee.toLowerCase();
        events.revocations.delete(key);
        events.attestations.set(key, {
          payee: e.payee,
          verifier: e.verifier,
          legalName: e.legalName,
          scheme: REGISTRATION_SCHEMES.indexOf(e.scheme),
          number: e.number,
          validUntil: Number(e.validUntil),
        });
        break;
      }
      case "payeeRevoked":
        events.revocations.set(e.payee.toLowerCase(), e.reason);
        break;
    }
  }
  return events;
}

/** Loaded or not: a union, so that checking `data` narrows the whole result (as a query's does). */
type StewardEventsResult = { isLoading: boolean; error: Error | null } & (
  { data: StewardEvents } | { data: undefined }
);

/** Per history snapshot, derived once however many hooks on the page ask for it. */
const derived = new WeakMap<readonly LedgerEntry[], StewardEvents>();

function stewardEventsOnce(entries: readonly LedgerEntry[]): StewardEvents {
  let events = derived.get(entries);
  if (!events) derived.set(entries, (events = stewardEventsFrom(entries)));
  return events;
}

/** The stewards' events, from the history every page shares (refreshed with it). */
export function useStewardEvents(): StewardEventsResult {
  const history = useFundHistory();
  const data = useMemo(() => (history.data ? stewardEventsOnce(history.data) : undefined), [history.data]);
  return { data, isLoading: history.isLoading, error: history.error };
}
