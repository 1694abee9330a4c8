import { useAccount } from "wagmi";
import type { Address } from "viem";
import type { ProposalState } from "@sdk/model/governance";
import { useI18n } from "../i18n/I18nProvider";
import { ConsequenceButton } from "../stewards/ConsequenceButton";
import { useGovernanceActions } from "./useGovernanceActions";

/**
 * The proposer's own way out: while a proposal is pending (before its voting opens) the
 * governor lets its proposer cancel it, and the one-live-proposal rule then lets them propose
 * again at once. Shown only to the proposer, only then; once voting opens the proposal belongs
 * to the members.
 */
export function WithdrawProposal({
  id,
  state,
  proposer,
}: {
  id: bigint;
  state: ProposalState | undefined;
  proposer: Address | undefined;
}) {
  const { t } = useI18n();
  const { address } = useAccount();
  const { withdraw } = useGovernanceActions();
  if (state !== "Pending" || !address || !proposer || address.toLowerCase() !== proposer.toLowerCase()) return null;
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t("withdraw.title")}</h2>
      <ConsequenceButton
        danger
        label={t("withdraw.button")}
        consequence={t("withdraw.consequence")}
        onClick={() => withdraw(id)}
      />
    </section>
  );
}
