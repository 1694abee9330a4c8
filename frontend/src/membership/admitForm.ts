import { getAddress, isAddress, type Address } from "viem";
import type { FieldError } from "../governance/grantForm";

/** What a registrar fills in to admit a resident: their address and district. */
export interface AdmitDraft {
  address: string;
  /** The district's index as the select gives it; "" while none is chosen. */
  district: string;
}

export const EMPTY_ADMIT: AdmitDraft = { address: "", district: "" };

export type AdmitErrors = Partial<Record<keyof AdmitDraft, FieldError>>;

/**
 * Every check made before a registrar admits someone, each at its field: a checksummed address
 * of someone not yet a member, and one of the fund's districts. The admission as the membership
 * takes it when there is no problem.
 */
export function validateAdmission(
  draft: AdmitDraft,
  context: { members: readonly string[]; districts: number },
): { errors: AdmitErrors; admission: { account: Address; district: number } | null } {
  const errors: AdmitErrors = {};
  const typed = draft.address.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(typed)) errors.address = { key: "newGrant.error.recipient" };
  else if (!isAddress(typed)) errors.address = { key: "newGrant.error.checksum" };
  else if (context.members.some((m) => m.toLowerCase() === typed.toLowerCase()))
    errors.address = { key: "admit.error.member" };
  const district = /^\d+$/.test(draft.district) ? Number(draft.district) : -1;
  if (district < 0 || district >= context.districts) errors.district = { key: "admit.error.district" };
  return {
    errors,
    admission: Object.keys(errors).length === 0 ? { account: getAddress(typed), district } : null,
  };
}
