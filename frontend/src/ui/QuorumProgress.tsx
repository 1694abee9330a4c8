import { useI18n } from "../i18n/I18nProvider";

/** How far For + Abstain have come towards quorum, in words and as a progress bar. */
export function QuorumProgress({
  counted,
  quorum,
  format,
}: {
  counted: bigint;
  quorum: bigint;
  format: (v: bigint) => string;
}) {
  const { t } = useI18n();
  const reached = counted >= quorum;
  const label = t("proposals.quorum", { votes: format(counted), quorum: format(quorum) });
  return (
    <div className="quorum">
      <progress
        max={Number(quorum > 0n ? quorum : 1n)}
        value={Number(counted > quorum ? quorum : counted)}
        aria-label={label}
      />
      <span>
        {label}
        {reached && ` — ${t("proposals.quorumReached")} ✓`}
      </span>
    </div>
  );
}
