import { getAddress, isAddress, zeroAddress, type Address } from "viem";
import { TEXT_KINDS } from "@sdk/content/kinds";
import type { LedgerEntry } from "@sdk/history/ledger";
import { roleHash, type RoleName } from "@sdk/model/roles";
import type { ProposalActions } from "@sdk/proposals/actions";
import { guardianActions, roleActions, type RoleContract } from "@sdk/proposals/governance";
import type { FieldError } from "../grantForm";
import { proposerError, type ProposerContext } from "../../stewards/pools/poolForm";

/**
 * The form behind appointing or removing a holder of one of the fund's seats: the membership's
 * registrars, the payee registry's verifiers, the milestone grants' stewards (each an
 * AccessControl role, built by the SDK's roleActions) and the governor's guardian (one seat,
 * guardianActions; removing it leaves the seat empty). Pure, so it is unit-tested.
 */
export const SEATS = ["registrar", "verifier", "steward", "guardian"] as const;
export type Seat = (typeof SEATS)[number];
/** The seats held by an AccessControl role, and where. */
const ROLES: Record<Exclude<Seat, "guardian">, { contract: Exclude<RoleContract, "timelock">; role: RoleName }> = {
  registrar: { contract: "membership", role: "REGISTRAR_ROLE" },
  verifier: { contract: "payeeRegistry", role: "VERIFIER_ROLE" },
  steward: { contract: "milestoneGrants", role: "STEWARD_ROLE" },
};

export type RoleHolders = Record<Seat, Address[]>;

/**
 * Who holds each seat now, from the history's role events (granted, then perhaps revoked, in
 * the order they happened) and the governor's guardian (the zero address: nobody).
 */
export function roleHoldersFrom(entries: readonly LedgerEntry[], guardian: Address): RoleHolders {
  const holders: RoleHolders = { registrar: [], verifier: [], steward: [], guardian: [] };
  for (const e of entries) {
    if (e.kind !== "role") continue;
    const seat = (Object.keys(ROLES) as (keyof typeof ROLES)[]).find(
      (s) => ROLES[s].contract === e.contract && roleHash(ROLES[s].role) === e.role.toLowerCase(),
    );
    if (!seat) continue;
    const rest = holders[seat].filter((a) => a.toLowerCase() !== e.account.toLowerCase());
    holders[seat] = e.change === "granted" ? [...rest, getAddress(e.account)] : rest;
  }
  if (guardian.toLowerCase() !== zeroAddress) holders.guardian = [getAddress(guardian)];
  return holders;
}

export interface RoleDraft {
  change: "appoint" | "remove";
  seat: Seat | "";
  /** A member picked by name (an address). */
  member: string;
  /** Or an address typed in, which wins over the member picked. */
  address: string;
  /** Why: the proposal's text, public. */
  reason: string;
}

export const EMPTY_ROLE_DRAFT: RoleDraft = { change: "appoint", seat: "", member: "", address: "", reason: "" };

/** The fields in the order the form shows them: the first in error is focused. */
export type RoleErrors = Partial<Record<"seat" | "member" | "address" | "reason" | "form", FieldError>>;

export const ROLE_REASON_MAX = TEXT_KINDS.proposal.fields.body;

export interface RoleContext extends ProposerContext {
  holders: RoleHolders;
  /** The seats this fund has (a token-weighted fund has no registrars). */
  seats: readonly Seat[];
}

/** A checked change: who is appointed to or removed from which seat. */
export interface RoleChange {
  change: "appoint" | "remove";
  seat: Seat;
  account: Address;
}

/**
 * Every check made before a seat's change is proposed, each at its field: a seat, an account
 * (a checksummed address when typed) who does not hold it yet to be appointed or holds it to
 * be removed, a reason the text service keeps, and a proposer the governor accepts.
 */
export function validateRoleChange(
  draft: RoleDraft,
  context: RoleContext,
): { errors: RoleErrors; change: RoleChange | null } {
  const errors: RoleErrors = {};
  const seat = context.seats.find((s) => s === draft.seat);
  if (!seat) errors.seat = { key: "roleForm.error.seat" };

  const typed = draft.address.trim();
  let account: Address | null = null;
  if (typed !== "") {
    if (!/^0x[0-9a-fA-F]{40}$/.test(typed)) errors.address = { key: "newGrant.error.recipient" };
    else if (!isAddress(typed)) errors.address = { key: "newGrant.error.checksum" };
    else account = getAddress(typed);
  } else if (isAddress(draft.member.trim())) account = getAddress(draft.member.trim());
  else errors.member = { key: "roleForm.error.account" };

  if (seat && account) {
    const holds = context.holders[seat].some((a) => a.toLowerCase() === account.toLowerCase());
    const field = typed !== "" ? "address" : "member";
    if (draft.change === "appoint" && holds) errors[field] = { key: `roleForm.error.holds.${seat}` };
    if (draft.change === "remove" && !holds) errors[field] = { key: `roleForm.error.notHolder.${seat}` };
    if (draft.change === "appoint" && account === zeroAddress) errors[field] = { key: "newGrant.error.recipient" };
  }

  if (draft.reason.trim() === "") errors.reason = { key: "roleForm.error.reason" };
  else if (draft.reason.length > ROLE_REASON_MAX)
    errors.reason = { key: "revocation.error.reasonLong", vars: { max: String(ROLE_REASON_MAX) } };

  const proposer = proposerError(context);
  if (proposer) errors.form = proposer;
  const fieldErrors = Object.keys(errors).some((f) => f !== "form");
  return { errors, change: !fieldErrors && seat && account ? { change: draft.change, seat, account } : null };
}

/** The proposal's actions: the role granted or revoked, or the guardian's seat set or emptied. */
export function roleChangeActions(
  contracts: { governor: Address; membership: Address | null; payeeRegistry: Address; milestoneGrants: Address },
  { change, seat, account }: RoleChange,
): ProposalActions {
  if (seat === "guardian") return guardianActions(contracts.governor, change === "appoint" ? account : zeroAddress);
  const { contract, role } = ROLES[seat];
  const target = contracts[contract];
  if (!target) throw new Error(`This fund has no ${contract}`);
  return roleActions(target, contract, change === "appoint" ? "grant" : "revoke", roleHash(role), account);
}
