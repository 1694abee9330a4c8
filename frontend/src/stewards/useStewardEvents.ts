import { useMemo } from "react";
import type { Address, Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import { REGISTRATION_SCHEMES, type PayeeKind, type RevocationReason, type StopReason } from "@sdk/model/stewards";
import { useFundHistory } from "../history/useFundHistory";
import type { PoolKind } from "./stewardModel";

export interface PoolListing {
  address: Address;
  kind: PoolKind;
  /** The commitment to its name and mandate (the content service holds them). */
  text: Hex;
  block: bigint;
}

export interface ProposedGrant {
  proposer: Address;
  payee: Address;
  amount: bigint;
  reason: Hex;
}

/** A resident's application to a pool, as its events tell it (they are its only record of the text). */
export interface PoolApplication {
  id: bigint;
  applicant: Address;
  payee: Address;
  amount: bigint;
  /** The commitment to its title and purpose. */
  text: Hex;
  status: "Open" | "Granted" | "Declined";
  /** The micro-grant it became. */
  grantId: bigint | null;
  /** The commitment to the committee's reason for declining it. */
  declineReason: Hex | null;
}

export interface MilestoneGrantListing {
  grantId: bigint;
  payee: Address;
  token: Address;
  total: bigint;
  count: number;
  /** The commitment to its title. */
  title: Hex;
}

export interface Delivery {
  steward: Address;
  /** The commitment to the evidence's link and note, and the hash of the document linked. */
  evidence: Hex;
  documentHash: Hex;
  releasableAt: number;
}

export interface AttestationRecord {
  payee: Address;
  verifier: Address;
  scheme: number;
  payeeKind: PayeeKind;
  /** The commitment to the legal name and number (shown only where the service allows). */
  identity: Hex;
  validUntil: number;
}

export interface StewardEvents {
  pools: PoolListing[];
  /** Per pool (lower-cased address), per grant id: what was proposed. */
  proposals: Map<string, Map<bigint, ProposedGrant>>;
  /** Per pool (lower-cased address): its applications in the order they were made. */
  applications: Map<string, PoolApplication[]>;
  /** Per task group (lower-cased address): the members on its list of interested members now, in the order they joined it. */
  interested: Map<string, Address[]>;
  milestoneGrants: MilestoneGrantListing[];
  /** Per "grantId-index": the milestone's description, its latest delivery and latest stop. */
  descriptions: Map<string, Hex>;
  deliveries: Map<string, Delivery>;
  stops: Map<string, { code: StopReason; reason: Hex }>;
  /** Per payee (lower-cased): the latest attestation, and the reason of a revocation after it. */
  attestations: Map<string, AttestationRecord>;
  revocations: Map<string, { code: RevocationReason; reason: Hex }>;
}

export const milestoneKey = (grantId: bigint, index: number) => `${grantId}-${index}`;

/**
 * The commitments to texts the contracts keep only in events — pool names and mandates, grant
 * reasons, milestone descriptions and evidence, payees' identities — and reason codes, from the fund's
 * ledger, which the shared history reader builds (in bounded block ranges, cached, only new
 * blocks after the first read). Entries are in chain order, so later events win.
 */
export function stewardEventsFrom(entries: readonly LedgerEntry[]): StewardEvents {
  const events: StewardEvents = {
    pools: [],
    proposals: new Map(),
    applications: new Map(),
    interested: new Map(),
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
        events.pools.push({ address: e.address, kind: e.poolKind, text: e.text, block: e.block });
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
      case "poolApplicationSubmitted": {
        const key = e.address.toLowerCase();
        if (!events.applications.has(key)) events.applications.set(key, []);
        events.applications.get(key)!.push({
          id: e.applicationId,
          applicant: e.applicant,
          payee: e.payee,
          amount: e.amount,
          text: e.text,
          status: "Open",
          grantId: null,
          declineReason: null,
        });
        break;
      }
      case "poolApplicationGranted":
      case "poolApplicationDeclined": {
        const application = events.applications.get(e.address.toLowerCase())?.find((a) => a.id === e.applicationId);
        if (!application) break;
        if (e.kind === "poolApplicationGranted") ((application.status = "Granted"), (application.grantId = e.grantId));
        else ((application.status = "Declined"), (application.declineReason = e.reason));
        break;
      }
      case "poolInterestRegistered":
      case "poolInterestWithdrawn": {
        const key = e.address.toLowerCase();
        const others = (events.interested.get(key) ?? []).filter((m) => m.toLowerCase() !== e.member.toLowerCase());
        events.interested.set(key, e.kind === "poolInterestRegistered" ? [...others, e.member] : others);
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
          evidence: e.evidence,
          documentHash: e.documentHash,
          releasableAt: Number(e.releasableAt),
        });
        break;
      case "milestoneStopped":
        events.stops.set(milestoneKey(e.grantId, e.index), { code: e.code, reason: e.reason });
        break;
      case "payeeAttested": {
        // A renewal replaces the attestation and clears an earlier revocation.
        const key = e.payee.toLowerCase();
        events.revocations.delete(key);
        events.attestations.set(key, {
          payee: e.payee,
          verifier: e.verifier,
          scheme: REGISTRATION_SCHEMES.indexOf(e.scheme),
          payeeKind: e.payeeKind,
          identity: e.identity,
          validUntil: Number(e.validUntil),
        });
        break;
      }
      case "payeeRevoked":
        events.revocations.set(e.payee.toLowerCase(), { code: e.code, reason: e.reason });
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
