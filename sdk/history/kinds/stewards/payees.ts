import type { Address } from "viem";
import { REGISTRATION_SCHEMES, type RegistrationScheme } from "../../../model/stewards";
import type { EventDecoders } from "../../entry";
import { isoDate, type RowWriters } from "../../row";

/** The payee registry: attestations, revocations, the members' rule, and the fund's own accounts. */
export type PayeesEntry =
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
    legalName: a.legalName as string,
    scheme: REGISTRATION_SCHEMES[Number(a.scheme)] ?? (String(a.scheme) as RegistrationScheme),
    number: a.number as string,
    validUntil: BigInt(a.validUntil as number),
  }),
  PayeeRevoked: (a) => ({
    kind: "payeeRevoked",
    payee: a.payee as Address,
    verifier: a.verifier as Address,
    reason: a.reason as string,
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
    row.details = `attested ${e.legalName} (${e.scheme} ${e.number}) until ${isoDate(e.validUntil)}`;
  },
  payeeRevoked: (e, { row }) => {
    row.account = e.payee;
    row.counterparty = e.verifier;
    row.details = `revoked: ${e.reason}`;
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
