import { useState } from "react";
import type { Hex } from "viem";
import { HIDE_REASONS, type HideReason } from "@sdk/content/codes";
import { useI18n } from "../i18n/I18nProvider";
import { CodeSelect } from "../ui/CodeSelect";
import { Field } from "../ui/Field";
import { useContent } from "./ContentProvider";
import { useContentAction } from "./useContentAction";
import { AboutText } from "./AboutText";
import { BusyButton } from "../ui/BusyButton";

/**
 * A moderator's control at a text, where they read it (the service has no list of texts to
 * go through): hide a shown text with a reason code, or restore a hidden one.
 */
export function ModerateControl({ commitment, hidden, about }: { commitment: Hex; hidden: boolean; about?: string }) {
  const { t } = useI18n();
  const { client } = useContent();
  const { busy, error, run } = useContentAction();
  const [reason, setReason] = useState<"" | HideReason>("");
  const [problem, setProblem] = useState<string | null>(null);

  if (hidden) {
    return (
      <div className="text-actions">
        <BusyButton
          type="button"
          className="secondary"
          busy={busy}
          onClick={() => void run(() => client.unhideText(commitment))}
        >
          {t("moderation.restore")}
          <AboutText about={about} />
        </BusyButton>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <details className="text-actions">
      <summary>
        {t("moderation.moderate")}
        <AboutText about={about} />
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setProblem(reason ? null : t("moderation.error.reason"));
          if (reason) void run(() => client.hideText(commitment, reason));
        }}
      >
        <Field label={t("moderation.reason")} error={problem}>
          <CodeSelect codes={HIDE_REASONS} prefix="texts.hideReason" value={reason} onChange={setReason} />
        </Field>
        <BusyButton type="submit" className="danger" busy={busy}>
          {t("moderation.hide")}
          <AboutText about={about} />
        </BusyButton>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </details>
  );
}
