import { TextLabel } from "../../texts/TextLabel";
import { useTextString } from "../../texts/useTextString";
import { useI18n } from "../../i18n/I18nProvider";
import { usePayeeLabel } from "../payees/payeeLabel";
import { useAssetText } from "../useAssetText";
import { MilestoneItem } from "./MilestoneItem";
import { ProposeMilestoneCancel } from "./ProposeMilestoneCancel";
import type { MilestoneGrant } from "./useMilestones";

interface Roles {
  isSteward: boolean;
  isGuardian: boolean;
  vetoWindow: number;
  now: number;
}

/**
 * A milestone grant on the Stewards page: its milestones with what can be done about each, what
 * was cancelled of it, and, while something is left to pay, the proposal to cancel the rest.
 */
export function MilestoneGrantCard({ grant, roles }: { grant: MilestoneGrant; roles: Roles }) {
  const { t } = useI18n();
  const { money } = useAssetText();
  const title = useTextString(grant.title, "title") || `#${grant.grantId}`;
  const payee = usePayeeLabel(grant.payee);
  const cancelled = grant.milestones.filter((m) => m.status === "Cancelled").reduce((sum, m) => sum + m.amount, 0n);
  return (
    <article className="milestone-grant" aria-labelledby={`grant-${grant.grantId}`}>
      <h3 id={`grant-${grant.grantId}`}>
        <TextLabel commitment={grant.title} field="title" empty={`#${grant.grantId}`} />
      </h3>
      <ol className="milestones">
        {grant.milestones.map((m) => (
          <MilestoneItem key={m.index} grant={grant} milestone={m} roles={roles} />
        ))}
      </ol>
      {cancelled > 0n && (
        <p className="note">{t("milestoneGrant.cancelled", { amount: money(grant.token, cancelled) })}</p>
      )}
      <ProposeMilestoneCancel grant={grant} title={title} payee={payee} />
    </article>
  );
}
