import { useState } from "react";
import type { Hex } from "viem";
import { ERASURE_GROUNDS, type ErasureGrounds } from "@sdk/content/codes";
import { useI18n } from "../i18n/I18nProvider";
import { CodeSelect } from "../ui/CodeSelect";
import { Field } from "../ui/Field";
import { useContent } from "./ContentProvider";
import { useContentAction } from "./useContentAction";
import { AboutText } from "./AboutText";
import { BusyButton } from "../ui/BusyButton";

const GROUNDS = Object.keys(ERASURE_GROUNDS) as ErasureGrounds[];

/**
 * The author's request to erase one of their texts (GDPR Art. 17), on the grounds they name.
 * The erasure officer decides; until then the text stays as it is.
 */
export function AskErasureControl({ commitment, about }: { commitment: Hex; about?: string }) {
  const { t } = useI18n();
  const { client } = useContent();
  const { busy, error, run } = useContentAction();
  const [grounds, setGrounds] = useState<"" | ErasureGrounds>("");
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  if (sent)
    return (
      <p className="note" role="status">
        {t("erasure.ask.sent")}
      </p>
    );
  return (
    <details className="text-actions">
      <summary>
        {t("erasure.ask.open")}
        <AboutText about={about} />
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setProblem(grounds ? null : t("erasure.ask.error.grounds"));
          if (grounds) void run(() => client.requestErasure(commitment, grounds)).then((ok) => ok && setSent(true));
        }}
      >
        <p className="help">{t("erasure.ask.help")}</p>
        <Field label={t("erasure.grounds")} error={problem}>
          <CodeSelect codes={GROUNDS} prefix="erasure.groundsCode" value={grounds} onChange={setGrounds} />
        </Field>
        <BusyButton type="submit" busy={busy}>
          {t("erasure.ask.submit")}
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
