import { CommittedText } from "../../texts/CommittedText";
import { TextLabel } from "../../texts/TextLabel";
import { useTextString } from "../../texts/useTextString";
import { Link } from "react-router";
import { useAccount } from "wagmi";
import { useI18n } from "../../i18n/I18nProvider";
import { addressLabel } from "../../ui/AddressText";
import { ConsequenceButton } from "../ConsequenceButton";
import { approvalConsequence } from "./poolModel";
import { useAssetText } from "../useAssetText";
import { usePayees } from "../payees/usePayees";
import { usePayeeLabel } from "../payees/payeeLabel";
import { PayeeText } from "../payees/PayeeText";
import { usePoolActions } from "./usePoolActions";
import type { Pool, PoolGrant } from "./usePools";

/**
 * One micro-grant waiting for approvals: who proposed it, why, who is paid, and for a committee
 * member the approve button with what approving does ("pays at once, because it is the 2nd of
 * 2 approvals"). Its proposer can withdraw it.
 */
export function PendingGrant({ pool, grant, showPool }: { pool: Pool; grant: PoolGrant; showPool?: boolean }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { address } = useAccount();
  const { money } = useAssetText();
  const payees = usePayees([grant.payee]);
  const actions = usePoolActions(pool.address);
  const amountText = money(pool.token, grant.amount);
  const payeeName = usePayeeLabel(grant.payee);
  const payee = payees.standingOf(grant.payee);
  const consequence = approvalConsequence(grant, {
    threshold: pool.threshold,
    remaining: pool.remaining,
    payeeAllowed: payee?.mayBePaid ?? true,
    amountText,
    payeeText: payeeName,
    locale,
  });
  // Grants are numbered per pool: where several pools' grants are listed, buttons name the pool too.
  const poolName = useTextString(pool.text, "name") || addressLabel(pool.address);
  const isProposer = Boolean(address && address.toLowerCase() === grant.proposer.toLowerCase());
  return (
    <li className="pending-grant">
      <p>
        <strong>{t("pool.grant.title", { id: String(grant.id), amount: amountText })}</strong> {t("pool.grant.to")}{" "}
        <PayeeText address={grant.payee} />
      </p>
      {showPool && (
        <p>
          {t("pool.grant.in")}{" "}
          <Link to={`/stewards/pools/${pool.address}`}>
            <TextLabel commitment={pool.text} field="name" empty={addressLabel(pool.address)} />
          </Link>
        </p>
      )}
      <CommittedText
        commitment={grant.reason}
        about={t("pool.grant.reasonOf", { id: String(grant.id), pool: poolName })}
        render={(f) => <p className="reason">{f.reason}</p>}
      />
      <p className="note">
        {t("pool.grant.progress", {
          proposer: addressLabel(grant.proposer),
          approvals: grant.approvals,
          threshold: pool.threshold,
        })}
      </p>
      {grant.stale && <p className="warning">{t("pool.grant.stale")}</p>}
      {pool.isMine && !grant.stale && !grant.approvedByMe && (
        <ConsequenceButton
          label={
            showPool
              ? t("pool.grant.approveIn", { id: String(grant.id), pool: poolName })
              : t("pool.grant.approve", { id: String(grant.id) })
          }
          consequence={t(consequence.key, consequence.vars)}
          onClick={() => actions.approveGrant(grant.id)}
        />
      )}
      {grant.approvedByMe && <p>{t("pool.grant.youApproved")}</p>}
      {isProposer && (
        <ConsequenceButton
          label={
            showPool
              ? t("pool.grant.withdrawIn", { id: String(grant.id), pool: poolName })
              : t("pool.grant.withdraw", { id: String(grant.id) })
          }
          consequence={t("pool.grant.withdrawConsequence")}
          onClick={() => actions.withdrawGrant(grant.id)}
          danger
        />
      )}
    </li>
  );
}
