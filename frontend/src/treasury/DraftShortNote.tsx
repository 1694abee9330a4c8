import type { ProposalActions } from "@sdk/proposals/actions";
import { treasuryNeeds } from "@sdk/proposals/treasuryNeeds";
import { requireFund } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { useTreasury } from "./useTreasury";

/**
 * Under a proposal form: for each asset the drafted proposal needs more of than the treasury
 * has free now (the SDK's treasuryNeeds against the treasury's available money), a warning
 * before it is proposed, not a refusal: money may be deposited before the vote ends.
 */
export function DraftShortNote({ actions }: { actions: ProposalActions }) {
  const { t, amount } = useI18n();
  const treasury = useTreasury();
  if (treasury.isLoading) return null;
  // A draft reserves for a pool that does not exist yet or tops one up: no allowance to read.
  const needs = treasuryNeeds(actions, requireFund().contracts.treasury);
  return (
    <>
      {needs.map(({ asset, needed }) => {
        const held = treasury.assets.find((a) => a.address.toLowerCase() === asset.toLowerCase());
        if (!held || needed <= held.available) return null;
        return (
          <p key={asset} className="warning" role="note">
            {t("poolForm.short", {
              available: amount(held.available, held.decimals, held.symbol),
              needed: amount(needed, held.decimals, held.symbol),
            })}
          </p>
        );
      })}
    </>
  );
}
