import { shortAddress } from "../i18n/format";
import { knownName } from "./names";

/**
 * "Skovlunde Ungdomsklub (0x8626…1199)", or just the short address; the full one on hover.
 * Screen readers hear what the screen shows: 42 characters read out one by one tell a
 * listener less than the name and the short form do.
 */
export function AddressText({ address }: { address: string }) {
  return (
    <span className="address" title={address}>
      {addressLabel(address)}
    </span>
  );
}

/** The same as plain text, for sentences built by the translator. */
export function addressLabel(address: string): string {
  const name = knownName(address);
  return name ? `${name} (${shortAddress(address)})` : shortAddress(address);
}
