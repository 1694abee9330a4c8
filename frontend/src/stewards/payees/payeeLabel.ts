import type { Address } from "viem";
import { shortAddress } from "../../i18n/format";
import { useText } from "../../texts/useText";
import { addressLabel } from "../../ui/AddressText";
import { useStewardEvents } from "../useStewardEvents";

/**
 * A payee in a sentence: its legal name as the payee registry's verifier found it, with the
 * short address ("Tømrerfirmaet Bach ApS (0x553B…7931)"); without one, the name the dApp knows
 * for the address, else the short address.
 */
export function payeeLabel(address: string, legalName: string | null): string {
  const name = legalName?.trim();
  return name ? `${name} (${shortAddress(address)})` : addressLabel(address);
}

/**
 * The same for `address`, with the legal name of its latest attestation where the content
 * service shows it to this visitor (a company's, when the fund publishes them; never a sole
 * trader's to the public), and verified against the registry's commitment.
 */
export function usePayeeLabel(address: Address): string {
  const events = useStewardEvents();
  const identity = events.data?.attestations.get(address.toLowerCase())?.identity ?? null;
  const state = useText(identity);
  return payeeLabel(address, state.state === "verified" ? (state.fields.legalName ?? null) : null);
}
