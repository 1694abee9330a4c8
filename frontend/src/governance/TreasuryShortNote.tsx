import { useI18n } from "../i18n/I18nProvider";
import { assetInfo, useTreasury } from "../treasury/useTreasury";
import { useTreasuryShortfalls, type ProposalMoney } from "../treasury/useTreasuryShortfalls";

/**
 * For each asset the treasury has too little of, unreserved, to carry the proposal out now:
 * what it has and what the proposal needs. Shown while the proposal is undecided and again
 * while it waits to be carried out, so neither voters nor whoever carries it out are surprised.
 */
export function TreasuryShortNote({ proposal }: { proposal: ProposalMoney }) {
  const { t, amount } = useI18n();
  const treasury = useTreasury();
  const { shortOf } = useTreasuryShortfalls([proposal]);
  const short = shortOf(proposal.id);
  // Amounts need the assets' decimals: nothing is said until they are read.
  if (!short || treasury.isLoading) return null;
  return (
    <>
      {short.map(({ asset, available, needed }) => {
        const { decimals, symbol } = assetInfo(treasury.assets, asset);
        return (
          <p key={asset} className="warning" role="note">
            {t("proposal.treasuryShort", {
              available: amount(available, decimals, symbol),
              needed: amount(needed, decimals, symbol),
            })}
          </p>
        );
      })}
    </>
  );
}
