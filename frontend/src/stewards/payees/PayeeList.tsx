import { REVOCATION_REASONS, type RevocationReason } from "@sdk/model/stewards";
import { CommittedText } from "../../texts/CommittedText";
import { TextLabel } from "../../texts/TextLabel";
import { CodeSelect } from "../../ui/CodeSelect";
import { useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { AddressText, addressLabel } from "../../ui/AddressText";
import { ScrollRegion } from "../../ui/ScrollRegion";
import { AttestationForm, useAttestationDraft } from "./AttestationForm";
import { PayeeBadge } from "./PayeeBadge";
import { REGISTRATION_SCHEMES } from "../stewardModel";
import { usePayeeActions } from "./usePayeeActions";
import { useStoredIdentity } from "./useStoredIdentity";
import type { PayeeView } from "./usePayees";
import { BusyButton } from "../../ui/BusyButton";

/**
 * Payees to verify (named in a grant but not attested) or to renew (expiring within 30 days,
 * expired, revoked), then every attested payee; a verifier attests, renews or revokes here.
 */
export function PayeeList({
  payees,
  isVerifier,
  required,
  now,
}: {
  payees: readonly PayeeView[];
  isVerifier: boolean;
  required: boolean;
  now: number;
}) {
  const { t, date } = useI18n();
  const draft = useAttestationDraft();
  const attention = payees.filter((p) => p.standing !== "verified");
  const storedIdentity = useStoredIdentity();
  const verify = async (p: PayeeView) => {
    draft.update("payee", p.address);
    if (p.attestation) {
      draft.update("scheme", REGISTRATION_SCHEMES[p.attestation.scheme] ?? "DanishCvr");
      draft.update("payeeKind", p.attestation.payeeKind);
      // The legal name and number are off chain: filled from the last attestation's stored
      // identity when the verifier may read it, to be checked against the register again.
      const stored = await storedIdentity(p.attestation.identity);
      if (stored) (draft.update("legalName", stored.legalName), draft.update("number", stored.number));
    }
    document.querySelector<HTMLElement>('#attest [name="validUntil"]')?.focus();
  };
  return (
    <>
      <p>{t(required ? "payees.rule.required" : "payees.rule.notRequired")}</p>
      <h3>{t("payees.attention")}</h3>
      {attention.length === 0 ? (
        <p>{t("payees.attentionNone")}</p>
      ) : (
        <ul className="payee-attention">
          {attention.map((p) => (
            <li key={p.address}>
              <AddressText address={p.address} /> <PayeeBadge standing={p.standing} />{" "}
              {t(`payees.explain.${p.standing}`, {
                until: date(p.validUntil),
                reason: p.revokedReason ? t(`texts.revocationReason.${p.revokedReason.code}`) : "",
              })}
              {p.revokedReason && (
                <CommittedText
                  commitment={p.revokedReason.reason}
                  about={t("payees.revocationOf", { name: addressLabel(p.address) })}
                  inline
                  render={(f) => <> — {f.reason}</>}
                />
              )}
              {required && !p.mayBePaid && <> {t("payees.cannotBePaid")}</>}
              {isVerifier && (
                <button type="button" className="secondary" onClick={() => void verify(p)}>
                  {t(p.attestation ? "payees.renew" : "payees.verify", { payee: addressLabel(p.address) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t("payees.all")}</h3>
      <ScrollRegion label={t("payees.all")}>
        <table className="payee-table">
          <thead>
            <tr>
              <th scope="col">{t("payees.col.payee")}</th>
              <th scope="col">{t("payees.col.legalName")}</th>
              <th scope="col">{t("payees.col.number")}</th>
              <th scope="col">{t("payees.col.standing")}</th>
              <th scope="col">{t("payees.col.validUntil")}</th>
              {isVerifier && <th scope="col">{t("payees.col.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {payees
              .filter((p) => p.attestation)
              .map((p) => (
                <tr key={p.address}>
                  <td>
                    <AddressText address={p.address} />
                  </td>
                  <td>
                    <CommittedText
                      commitment={p.attestation!.identity}
                      about={t("payees.identityOf", { name: addressLabel(p.address) })}
                      inline
                      render={(f) => f.legalName}
                    />{" "}
                    <span className="muted">{t(`texts.payeeKind.${p.attestation!.payeeKind}`)}</span>
                  </td>
                  <td>
                    {t(`payees.scheme.${REGISTRATION_SCHEMES[p.attestation!.scheme] ?? "DanishCvr"}`)}{" "}
                    <TextLabel commitment={p.attestation!.identity} field="number" />
                  </td>
                  <td>
                    <PayeeBadge standing={p.standing} />
                  </td>
                  <td>{p.validUntil > 0 ? date(p.validUntil) : "–"}</td>
                  {isVerifier && (
                    <td>{p.standing !== "revoked" && p.standing !== "expired" && <RevokeForm payee={p} />}</td>
                  )}
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
      {isVerifier && <AttestationForm now={now} isVerifier={isVerifier} draftState={draft} />}
    </>
  );
}

function RevokeForm({ payee }: { payee: PayeeView }) {
  const { t } = useI18n();
  const { revoke } = usePayeeActions();
  const [reason, setReason] = useState("");
  const [code, setCode] = useState<"" | RevocationReason>("");
  const [busy, setBusy] = useState(false);
  const name = addressLabel(payee.address);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (reason.trim() === "" || code === "") return;
    setBusy(true);
    const outcome = await revoke(payee.address, name, code, reason.trim());
    setBusy(false);
    if (outcome.ok) (setReason(""), setCode(""));
  };
  return (
    <form className="revoke-form" onSubmit={(e) => void submit(e)}>
      <label>
        <span>{t("payees.revokeReason", { name })}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />
      </label>
      <label>
        <span>{t("texts.reasonCode")}</span>
        <CodeSelect codes={REVOCATION_REASONS} prefix="texts.revocationReason" value={code} onChange={setCode} />
      </label>
      <BusyButton type="submit" className="danger" busy={busy} disabled={reason.trim() === "" || code === ""}>
        {t("payees.revoke", { name })}
      </BusyButton>
    </form>
  );
}
