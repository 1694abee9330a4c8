import { shortAddress } from "../i18n/format";
import { knownName } from "./names";

/** "Skovlunde Ungdomsklub (0x8626…1199)", or just the short address; the full one on hover and for screen readers. */
export function AddressText({ address }: { address: string }) {
  const name = knownName(address);
  const text = name ? `${name} (${shortAddress(address)})` : shortAddress(address);
  return (
    <span className="address" title={address}>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{name ? `${name}, ${address}` : address}</span>
    </span>
  );
}

/** The same as plain text, for sentences built by the translator. */
export function addressLabel(address: string): string {
  const name = knownName(address);
  return name ? `${name} (${shortAddress(address)})` : shortAddress(address);
}
