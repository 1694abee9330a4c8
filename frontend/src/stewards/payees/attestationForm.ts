import { PAYEE_KINDS, type PayeeKind } from "@sdk/model/stewards";
import { getAddress, isAddress } from "viem";
import { REGISTRATION_SCHEMES, type RegistrationScheme, type Sentence } from "../stewardModel";
import { normaliseRegistration } from "./payeeModel";

export interface AttestationDraft {
  payee: string;
  legalName: string;
  scheme: RegistrationScheme;
  /** A company's identity may be published (by the fund's config); a sole trader's never is. */
  payeeKind: PayeeKind;
  number: string;
  /** yyyy-mm-dd, as a date input gives it. */
  validUntil: string;
}

export const EMPTY_ATTESTATION: AttestationDraft = {
  payee: "",
  legalName: "",
  scheme: "DanishCvr",
  payeeKind: "Company",
  number: "",
  validUntil: "",
};

export type AttestationErrors = Partial<Record<keyof AttestationDraft | "form", Sentence>>;

export interface Attestation {
  payee: `0x${string}`;
  legalName: string;
  scheme: number;
  /** PayeeKind's number on chain. */
  payeeKind: number;
  number: string;
  validUntil: number;
}

/** The end of the chosen day (UTC) as a timestamp, or null for anything but yyyy-mm-dd. */
export function endOfDay(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T23:59:59Z`);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

/**
 * The registry's own checks, made before sending: an address, a legal name, a number of the
 * register's length in digits, and an end date after today (by the chain's clock).
 */
export function validateAttestation(
  draft: AttestationDraft,
  c: { now: number; isVerifier: boolean },
): { errors: AttestationErrors; attestation: Attestation | null } {
  const errors: AttestationErrors = {};
  const payee = draft.payee.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(payee)) errors.payee = { key: "newGrant.error.recipient" };
  else if (!isAddress(payee)) errors.payee = { key: "newGrant.error.checksum" };
  if (draft.legalName.trim() === "") errors.legalName = { key: "payees.error.legalName" };
  const number = normaliseRegistration(draft.scheme, draft.number);
  if (!number.ok) errors.number = number.error;
  const validUntil = endOfDay(draft.validUntil);
  if (validUntil === null) errors.validUntil = { key: "payees.error.date" };
  else if (validUntil <= c.now) errors.validUntil = { key: "payees.error.datePast" };
  if (!c.isVerifier) errors.form = { key: "payees.error.notVerifier" };
  if (Object.keys(errors).length > 0 || !number.ok || validUntil === null) return { errors, attestation: null };
  return {
    errors,
    attestation: {
      payee: getAddress(payee),
      legalName: draft.legalName.trim(),
      scheme: REGISTRATION_SCHEMES.indexOf(draft.scheme),
      payeeKind: PAYEE_KINDS.indexOf(draft.payeeKind),
      number: number.number,
      validUntil,
    },
  };
}
