import type { Address } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import { assetInfo, useTreasury } from "./useTreasury";

/** An asset's symbol and decimals, and amounts of it written in the visitor's language. */
export function useAssetFormat(asset: Address) {
  const { assets } = useTreasury();
  const { amount } = useI18n();
  const info = assetInfo(assets, asset);
  return { ...info, format: (value: bigint) => amount(value, info.decimals, info.symbol) };
}
