import type { SelectHTMLAttributes } from "react";
import { useI18n } from "../i18n/I18nProvider";

/**
 * One of the fund's assets, by its name in the visitor's language ("kr." for DKKT): every form
 * that moves money (a grant, a deposit, a pool, a round) picks its asset this way. Other
 * attributes reach the <select>, so a Field's label, help and error stay wired to it.
 */
export function AssetSelect({
  assets,
  value,
  onPick,
  ...select
}: {
  assets: readonly { address: string; symbol: string }[];
  value: string;
  onPick: (address: string) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange">) {
  const { assetName } = useI18n();
  return (
    <select {...select} name="asset" value={value} onChange={(e) => onPick(e.target.value)}>
      {assets.map((a) => (
        <option key={a.address} value={a.address}>
          {assetName(a.symbol)}
        </option>
      ))}
    </select>
  );
}
