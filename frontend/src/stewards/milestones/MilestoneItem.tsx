import { STOP_REASONS, type StopReason } from "@sdk/model/stewards";
import { CommittedText } from "../../texts/CommittedText";
import { useTextString } from "../../texts/useTextString";
import { CodeSelect } from "../../ui/CodeSelect";
import { useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { usePayeeLabel } from "../payees/payeeLabel";
import { Field } from "../../ui/Field";
import { TimeText } from "../../ui/TimeText";
import { ConsequenceButton } from "../ConsequenceButton";
import type { Sentence } from "../stewardModel";
import { milestoneReleaseState, validateEvidence } from "./milestoneModel";
import { useAssetText } from "../useAssetText";
import { useMilestoneActions } from "./useMilestoneActions";
import type { Milestone, MilestoneGrant } from "./useMilestones";
import { BusyButton } from "../../ui/BusyButton";
import { ReadingPause } from "../../ui/ReadingPause";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";

interface Roles {
  isSteward: boolean;
  isGuardian: boolean;
  vetoWindow: number;
  now: number;
}

/**
 * One milestone with what can be done about it now: a steward confirms delivery with evidence,
 * the guardian can stop it within the veto window, anyone releases it after.
 */
export function MilestoneItem({
  grant,
  milestone,
  roles,
}: {
  grant: MilestoneGrant;
  milestone: Milestone;
  roles: Roles;
}) {
  const { t, duration } = useI18n();
  const { money } = useAssetText();
  const actions = useMilestoneActions();
  const amount = money(grant.token, milestone.amount);
  const payee = usePayeeLabel(grant.payee);
  const number = milestone.index + 1;
  const state = milestoneReleaseState(milestone.status, milestone.releasableAt, roles.now);
  const description = useTextString(milestone.description, "description");
  const title = useTextString(grant.title, "title") || `#${grant.grantId}`;
  return (
    <li className={`milestone milestone-${milestone.status.toLowerCase()}`}>
      <p>
        <strong>{t("milestone.heading", { number, description, amount })}</strong>
        <ReadingPause /> <span className="badge">{t(`milestone.status.${milestone.status}`)}</span>
      </p>
      {milestone.stop && state === "planned" && (
        <div className="warning">
          <p>{t("milestone.stopped", { reason: t(`texts.stopReason.${milestone.stop.code}`) })}</p>
          <CommittedText
            commitment={milestone.stop.reason}
            about={t("milestone.stopOf", { number, title })}
            render={(f) => <p>{f.reason}</p>}
          />
        </div>
      )}
      {milestone.delivery && (
        <div className="note">
          {t("milestone.evidence")}{" "}
          <CommittedText
            commitment={milestone.delivery.evidence}
            about={t("milestone.evidenceOf", { number, title })}
            inline
            render={(f) => (
              <>
                <a href={safeLink(f.uri)} rel="noreferrer noopener">
                  {f.uri}
                </a>
                {f.note && <> — {f.note}</>}
              </>
            )}
          />{" "}
          <span className="hash">{`(${milestone.delivery.documentHash.slice(0, 10)}…)`}</span>
        </div>
      )}
      {state === "inWindow" && (
        <p>
          {t("milestone.inWindow")} <TimeText at={milestone.releasableAt} now={roles.now} />
        </p>
      )}
      {state === "planned" && roles.isSteward && (
        <DeliverForm
          label={t("milestone.deliver", { number, title })}
          consequence={t("milestone.deliverConsequence", { window: duration(roles.vetoWindow), amount, payee })}
          onDeliver={(uri, note, hash) => actions.markDelivered(grant.grantId, milestone.index, title, uri, note, hash)}
        />
      )}
      {state === "inWindow" && roles.isGuardian && (
        <StopForm
          label={t("milestone.stop", { number, title })}
          consequence={t("milestone.stopConsequence", { amount, payee })}
          onStop={(code, reason) => actions.stop(grant.grantId, milestone.index, title, code, reason)}
        />
      )}
      {state === "releasable" && (
        <ConsequenceButton
          label={t("milestone.release", { number, title })}
          consequence={t("milestone.releaseConsequence", { amount, payee })}
          onClick={() => actions.release(grant.grantId, milestone.index, title)}
        />
      )}
    </li>
  );
}

function DeliverForm({
  label,
  consequence,
  onDeliver,
}: {
  label: string;
  consequence: string;
  onDeliver: (uri: string, note: string, hash: `0x${string}`) => Promise<{ ok: boolean }>;
}) {
  const { t } = useI18n();
  const [uri, setUri] = useState("");
  const [note, setNote] = useState("");
  const [hash, setHash] = useState("");
  const [errors, setErrors] = useState<{ uri?: Sentence; hash?: Sentence }>({});
  const [busy, setBusy] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const message = (e?: Sentence) => (e ? t(e.key, e.vars) : null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateEvidence(uri, hash);
    setErrors(found);
    if (found.uri || found.hash) return focusFirstInvalid();
    setBusy(true);
    const outcome = await onDeliver(uri.trim(), note.trim(), hash.trim() as `0x${string}`);
    setBusy(false);
    if (outcome.ok) (setUri(""), setNote(""), setHash(""));
  };
  return (
    <form ref={ref} className="deliver-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field label={t("milestone.evidenceUri")} help={t("milestone.evidenceUriHelp")} error={message(errors.uri)}>
        <input name="evidenceUri" value={uri} onChange={(e) => setUri(e.target.value)} autoComplete="off" />
      </Field>
      <Field label={t("milestone.evidenceNote")}>
        <textarea
          name="evidenceNote"
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <Field label={t("milestone.evidenceHash")} help={t("milestone.evidenceHashHelp")} error={message(errors.hash)}>
        <input
          name="evidenceHash"
          value={hash}
          onChange={(e) => setHash(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <p className="consequence-text">{consequence}</p>
      <BusyButton type="submit" busy={busy}>
        {label}
      </BusyButton>
    </form>
  );
}

function StopForm({
  label,
  consequence,
  onStop,
}: {
  label: string;
  consequence: string;
  onStop: (code: StopReason, reason: string) => Promise<{ ok: boolean }>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [code, setCode] = useState<"" | StopReason>("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (reason.trim() === "" || code === "") return (setError(t("milestone.error.reason")), focusFirstInvalid());
    setError(null);
    setBusy(true);
    const outcome = await onStop(code, reason.trim());
    setBusy(false);
    if (outcome.ok) (setReason(""), setCode(""));
  };
  return (
    <form ref={ref} className="stop-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field label={t("texts.reasonCode")}>
        <CodeSelect codes={STOP_REASONS} prefix="texts.stopReason" value={code} onChange={setCode} />
      </Field>
      <Field label={t("milestone.stopReason")} error={error}>
        <input name="stopReason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <p className="consequence-text">{consequence}</p>
      <BusyButton type="submit" className="danger" busy={busy}>
        {label}
      </BusyButton>
    </form>
  );
}

/** Only web links are made clickable: evidence is someone's text, and a javascript: link is not evidence. */
function safeLink(uri: string): string | undefined {
  return /^https?:\/\//i.test(uri) ? uri : undefined;
}
