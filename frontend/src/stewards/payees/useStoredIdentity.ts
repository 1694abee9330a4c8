import type { Hex } from "viem";
import { useContent } from "../../texts/ContentProvider";

/** A payee's legal name and number as its last attestation stored them off chain. */
export interface StoredIdentity {
  legalName: string;
  number: string;
}

/**
 * Reads a payee's stored identity for a verifier renewing the attestation, so they check the
 * register against it instead of retyping it. Identities are restricted to verifiers, so this
 * signs in first; if that is refused or the service does not answer, there is nothing to fill
 * and the verifier types them (null). The client checks the text against its commitment.
 */
export function useStoredIdentity() {
  const { signedIn } = useContent();
  return async (identity: Hex): Promise<StoredIdentity | null> => {
    try {
      const record = await (await signedIn()).readText(identity);
      if (record.status !== "published") return null;
      const { legalName, number } = record.text.fields;
      return legalName && number ? { legalName, number } : null;
    } catch {
      return null;
    }
  };
}
