import { zeroAddress } from "viem";
import type { RoundConfig } from "@sdk/config/round";
import { decodeAction } from "@sdk/history/actions";
import type { ProposalActions } from "@sdk/proposals/actions";
import { roundTotal } from "@sdk/proposals/rounds";
import { requireFund } from "../config/contracts";
import { ActionList } from "../governance/ActionText";
import { ExactCalls } from "../governance/ExactCalls";
import { useI18n } from "../i18n/I18nProvider";
import { DraftShortNote } from "../treasury/DraftShortNote";
import type { AssetBalance } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";

/**
 * What opening the round does, in plain words, before anything is signed: the money moved from
 * the treasury into the round per district, when each phase ends, who reviews and who may stop a
 * winner; a warning when the treasury has too little unreserved; then the calls, folded away.
 */
export function RoundConsequence({
  round,
  actions,
  asset,
  assets,
}: {
  round: RoundConfig;
  actions: ProposalActions;
  asset: AssetBalance;
  assets: readonly AssetBalance[];
}) {
  const { t, amount, dateTime, duration } = useI18n();
  const fund = requireFund();
  const { params } = round;
  const money = (value: bigint) => amount(value, asset.decimals, asset.symbol);
  return (
    <section className="preview" aria-labelledby="round-consequence-title">
      <h2 id="round-consequence-title">{t("roundForm.consequence")}</h2>
      <ul className="round-escrow">
        {params.districts.map((district, i) => (
          <li key={district}>
            {t("roundForm.escrow", { amount: money(params.budgets[i]), district: fund.districts[district] })}
          </li>
        ))}
      </ul>
      <p>{t("roundForm.total", { amount: money(roundTotal(params)) })}</p>
      <DraftShortNote actions={actions} />
      <p>
        {t("roundForm.schedule", {
          ideasEnd: dateTime(params.ideasEnd),
          reviewEnd: dateTime(params.reviewEnd),
          votingEnd: dateTime(params.votingEnd),
        })}
      </p>
      <p>{t("roundForm.reviewedBy", { reviewers: params.reviewers.map(addressLabel).join(", ") })}</p>
      <p>
        {params.guardian === zeroAddress
          ? t("roundForm.noGuardian", { days: duration(params.challengeDelay) })
          : t("roundForm.guardianMay", {
              guardian: addressLabel(params.guardian),
              days: duration(params.challengeDelay),
            })}
      </p>
      <ActionList
        actions={actions.targets.map((target, i) =>
          decodeAction(target, actions.values[i], actions.calldatas[i], fund.contracts),
        )}
        assets={assets}
      />
      <p className="note">{t("roundForm.callsNote")}</p>
      <ExactCalls actions={actions} />
    </section>
  );
}
