import type { Address, Hex } from "viem";
import {
  PAYEE_KINDS,
  REGISTRATION_SCHEMES,
  REVOCATION_REASONS,
  type PayeeKind,
  type RegistrationScheme,
  type RevocationReason,
} from "../../../model/stewards";
import type { EventDecoders } from "../../entry";
import { isoDate, type RowWriters } from "../../row";

/** The payee registry: attestations, revocations, the members' rule, and the fund's own accounts. */
export type PayeesEntry =
  | {
      kind: "payeeAttested";
      payee: Address;
      verifier: Address;
      scheme: RegistrationScheme;
      payeeKind: PayeeKind;
      /** The commitment to the legal name and registration number (never public for a sole trader). */
      identity: Hex;
      validUntil: bigint;
    }
  | { kind: "payeeRevoked"; payee: Address; verifier: Address; code: RevocationReason; reason: Hex }
  | { kind: "revocationLifted"; payee: Address; by: Address }
  | { kind: "verificationRule"; required: boolean }
  | { kind: "fundAccount"; account: Address; isFundAccount: boolean };

export const PAYEES_KINDS = [
  "payeeAttested",
  "payeeRevoked",
  "revocationLifted",
  "verificationRule",
  "fundAccount",
] as const satisfies readonly PayeesEntry["kind"][];

export const payeesEvents: EventDecoders<PayeesEntry> = {
  PayeeAttested: (a) => ({
    kind: "payeeAttested",
    payee: a.payee as Address,
    verifier: a.verifier as Address,
    scheme: REGISTRATION_SCHEMES[Number(a.scheme)] ?? (String(a.scheme) as RegistrationScheme),
    payeeKind: PAYEE_KINDS[Number(a.kind)] ?? (String(a.kind) as PayeeKind),
    identity: a.identity as Hex,
    validUntil: BigInt(a.validUntil as number),
  }),
  PayeeRevoked: (a) => ({
    kind: "payeeRevoked",
    payee: a.payee as Address,
    verifier: a.verifier as Address,
    code: REVOCATION_REASONS[Number(a.code)],
    reason: a.reason as Hex,
  }),
  RevocationLifted: (a) => ({ kind: "revocationLifted", payee: a.payee as Address, by: a.by as Address }),
  VerificationRequirementSet: (a) => ({ kind: "verificationRule", required: a.newRequired as boolean }),
  FundAccountSet: (a) => ({
    kind: "fundAccount",
    account: a.account as Address,
    isFundAccount: a.isFundAccount as boolean,
  }),
};

export const payeesRows: RowWriters<PayeesEntry> = {
  payeeAttested: (e, { row }) => {
    row.account = e.payee;
    row.counterparty = e.verifier;
    row.details = `attested: ${e.payeeKind} in ${e.scheme}, until ${isoDate(e.validUntil)}`;
    row.text_commitment = e.identity;
  },
  payeeRevoked: (e, { row }) => {
    row.account = e.payee;
    row.counterparty = e.verifier;
    row.details = `revoked (${e.code})`;
    row.text_commitment = e.reason;
  },
  revocationLifted: (e, { row }) => {
    row.account = e.payee;
    row.counterparty = e.by;
    row.details = "revocation lifted";
  },
  verificationRule: (e, { row }) => {
    row.details = `verified payees ${e.required ? "required" : "not required"}`;
  },
  fundAccount: (e, { row }) => {
    row.account = e.account;
    row.details = e.isFundAccount ? "fund account" : "no longer a fund account";
  },
};
