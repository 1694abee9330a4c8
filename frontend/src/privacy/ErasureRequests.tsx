import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ERASURE_REFUSALS, type ErasureRefusal } from "@sdk/content/codes";
import type { ErasureRequest } from "@sdk/content/api";
import { useI18n } from "../i18n/I18nProvider";
import { CommittedText } from "../texts/CommittedText";
import { useContent } from "../texts/ContentProvider";
import { shortCommitment } from "../texts/shortCommitment";
import { useContentAction } from "../texts/useContentAction";
import { addressLabel } from "../ui/AddressText";
import { CodeSelect } from "../ui/CodeSelect";
import { Field } from "../ui/Field";
import { QueryProblem } from "./QueryProblem";
import { BusyButton } from "../ui/BusyButton";

/** The open requests for erasure, each with its text, grounds and who asked; erased or refused here. */
export function ErasureRequests() {
  const { t } = useI18n();
  const { client, session } = useContent();
  const requests = useQuery({
    queryKey: ["content", "erasureRequests", session?.address],
    queryFn: () => client.erasureRequests("open"),
    retry: false,
  });
  return (
    <section aria-labelledby="erasure-requests-title">
      <h2 id="erasure-requests-title">{t("erasure.requests")}</h2>
      <QueryProblem isLoading={requests.isLoading} error={requests.error} retry={() => void requests.refetch()} />
      {requests.data?.length === 0 && <p>{t("erasure.requestsEmpty")}</p>}
      <ul className="erasure-requests">
        {requests.data?.map((r) => (
          <RequestItem key={r.id} request={r} />
        ))}
      </ul>
    </section>
  );
}

function RequestItem({ request }: { request: ErasureRequest }) {
  const { t, dateTime } = useI18n();
  const { client } = useContent();
  const { busy, error, run } = useContentAction();
  const [refusal, setRefusal] = useState<"" | ErasureRefusal>("");
  const [problem, setProblem] = useState<string | null>(null);
  const grounds = t(`erasure.groundsCode.${request.grounds}`);
  return (
    <li className="card" aria-labelledby={`erasure-request-${request.id}`}>
      <h3 id={`erasure-request-${request.id}`}>
        {t("erasure.requestTitle", { id: String(request.id), commitment: shortCommitment(request.commitment) })}
      </h3>
      <p>
        {t("erasure.requestedBy", {
          who: addressLabel(request.requestedBy),
          when: dateTime(Math.floor(Date.parse(request.requestedAt) / 1000)),
        })}
      </p>
      <p>{t("erasure.requestGrounds", { grounds })}</p>
      <CommittedText
        commitment={request.commitment}
        render={(f) => <blockquote>{Object.values(f).join(" — ")}</blockquote>}
      />
      <div className="button-row">
        <BusyButton
          type="button"
          className="danger"
          busy={busy}
          onClick={() => void run(() => client.eraseText(request.commitment, request.grounds, request.id))}
        >
          {t("erasure.erase", { id: String(request.id) })}
        </BusyButton>
      </div>
      <form
        className="refuse-erasure"
        onSubmit={(e) => {
          e.preventDefault();
          setProblem(refusal ? null : t("erasure.error.refusal"));
          if (refusal) void run(() => client.refuseErasure(request.id, refusal));
        }}
      >
        <Field label={t("erasure.refusal")} error={problem}>
          <CodeSelect codes={ERASURE_REFUSALS} prefix="erasure.refusalCode" value={refusal} onChange={setRefusal} />
        </Field>
        <BusyButton type="submit" className="secondary" busy={busy}>
          {t("erasure.refuse", { id: String(request.id) })}
        </BusyButton>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
