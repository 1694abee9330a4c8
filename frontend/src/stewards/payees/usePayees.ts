import type { Hex } from "viem";
import type { RevocationReason } from "@sdk/model/stewards";
import { useCallback, useMemo } from "react";
import { keccak256, toBytes, type Address } from "viem";
import { useAccount, useReadContracts } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { payeeRegistryContract } from "../../config/contracts";
import { payeeRegistryAbi } from "@sdk/generated/pulje";
import { useChainNow } from "../../ui/useChainNow";
import { payeeMayBePaid, payeeStanding, type PayeeStanding } from "./payeeModel";
import { useStewardEvents, type AttestationRecord } from "../useStewardEvents";

export const VERIFIER_ROLE = keccak256(toBytes("VERIFIER_ROLE"));

export interface PayeeView {
  address: Address;
  standing: PayeeStanding;
  /** The latest attestation's texts (legal name, number), from its event. */
  attestation: AttestationRecord | null;
  revokedReason: { code: RevocationReason; reason: Hex } | null;
  validUntil: number;
  /** Whether money may go to it now, under the fund's rule. */
  mayBePaid: boolean;
}

/**
 * Where payees stand with the registry: everyone ever attested plus `also` (payees named in
 * grants and proposals), in one batched read of the rule, the connected account's role and each
 * payee's attestation. `standingOf` answers for any of them.
 */
export function usePayees(also: readonly Address[] = []) {
  const registry = payeeRegistryContract();
  const events = useStewardEvents();
  const { address: account } = useAccount();
  const now = useChainNow();
  const who = account ?? ETH_ADDRESS;
  // A fund deployed before the registry has none: nothing is read then.
  const target = registry ?? { address: ETH_ADDRESS, abi: payeeRegistryAbi };

  const addresses = useMemo(() => {
    const seen = new Map<string, Address>();
    for (const a of events.data?.attestations.values() ?? []) seen.set(a.payee.toLowerCase(), a.payee);
    for (const a of also) if (!seen.has(a.toLowerCase())) seen.set(a.toLowerCase(), a);
    return [...seen.values()];
    // `also` is compared by content: callers build it on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events.data, also.map((a) => a.toLowerCase()).join(",")]);

  const settings = useReadContracts({
    allowFailure: false,
    contracts: [
      { ...target, functionName: "verificationRequired" },
      { ...target, functionName: "hasRole", args: [VERIFIER_ROLE, who] },
    ],
    query: { enabled: Boolean(registry) },
  });
  const attestations = useReadContracts({
    allowFailure: false,
    contracts: addresses.map((a) => ({ ...target, functionName: "attestationOf", args: [a] }) as const),
    query: { enabled: Boolean(registry && events.data) && addresses.length > 0 },
  });

  const required = Boolean(settings.data?.[0]);
  const payees = useMemo((): PayeeView[] => {
    if (!attestations.data || !events.data || now === null) return [];
    return addresses.map((address, i) => {
      const [validUntil, revoked] = attestations.data[i];
      const standing = payeeStanding(validUntil === 0 ? null : { validUntil, revoked }, now);
      const key = address.toLowerCase();
      return {
        address,
        standing,
        attestation: events.data.attestations.get(key) ?? null,
        revokedReason: revoked ? (events.data.revocations.get(key) ?? null) : null,
        validUntil,
        mayBePaid: payeeMayBePaid(standing, required),
      };
    });
  }, [attestations.data, events.data, addresses, now, required]);

  const standingOf = useCallback(
    (address: Address): PayeeView | undefined => payees.find((p) => p.address.toLowerCase() === address.toLowerCase()),
    [payees],
  );

  return {
    available: Boolean(registry),
    payees,
    standingOf,
    verificationRequired: required,
    isVerifier: Boolean(account) && Boolean(settings.data?.[1]),
    isLoading: events.isLoading || settings.isLoading || attestations.isLoading,
    error: events.error ?? settings.error ?? attestations.error,
  };
}
