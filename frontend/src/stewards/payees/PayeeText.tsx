import type { Address } from "viem";
import { usePayeeLabel } from "./payeeLabel";

/** A payee by its legal name where the registry has one (see usePayeeLabel); the full address on hover. */
export function PayeeText({ address }: { address: Address }) {
  return (
    <span className="address" title={address}>
      {usePayeeLabel(address)}
    </span>
  );
}
