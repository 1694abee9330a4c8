import { useCallback } from "react";
import type { Address } from "viem";
import { useI18n } from "../i18n/I18nProvider";
import { assetInfo, useTreasury } from "../treasury/useTreasury";

/** Formats an amount of any of the fund's assets, and gives its decimals and symbol. */
export function useAssetText() {
  const { amount } = useI18n();
  const { assets } = useTreasury();
  const info = useCallback((asset: Address) => assetInfo(assets, asset), [assets]);
  const money = useCallback(
    (asset: Address, value: bigint) => {
      const a = assetInfo(assets, asset);
      return amount(value, a.decimals, a.symbol);
    },
    [assets, amount],
  );
  return { money, info, ready: assets.length > 0 };
}
