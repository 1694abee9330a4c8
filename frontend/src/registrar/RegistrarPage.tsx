import { useCallback, useState, type FormEvent } from "react";
import { useReadContracts } from "wagmi";
import { parseAccountCode } from "@sdk/accounts/accountCode";
import { requireFund, membershipContract } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { Field } from "../ui/Field";
import { BusyButton } from "../ui/BusyButton";
import { addressLabel } from "../ui/AddressText";
import { usePageTitle } from "../ui/usePageTitle";
import { explainError } from "../transactions/explainError";
import { CHAIN_ID } from "../config/deployment";
import { parseAdmissionCsv, type AdmissionRow } from "./admissionCsv";
import { admissionProblemText, codeProblemText } from "./admissionProblems";
import { barcodeDetector, CodeScanner } from "./CodeScanner";
import { useAdmission } from "./useAdmission";

/**
 * The registrar's page: admit one resident by the account code their Pulje account shows
 * (pasted, typed or scanned) and a district, or many from a CSV file, shown line by line —
 * with every line that cannot be admitted — before anything is sent.
 */
export default function RegistrarPage() {
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t("registrar.title"));
  const fund = requireFund();
  const { isRegistrar, admit } = useAdmission();

  return (
    <div className="page registrar">
      <h1>{t("registrar.title")}</h1>
      <p>{t("registrar.intro")}</p>
      {isRegistrar === false && <p role="status">{t("registrar.notRegistrar")}</p>}
      <AdmitOne districts={fund.districts} admit={admit} />
      <AdmitMany districts={fund.districts} admit={admit} />
    </div>
  );
}

type Admit = ReturnType<typeof useAdmission>["admit"];

function AdmitOne({ districts, admit }: { districts: readonly string[]; admit: Admit }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState("");
  const [district, setDistrict] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const onCode = useCallback((text: string) => {
    setCode(text.replace(/^ethereum:/i, "").split(/[@?]/)[0]);
    setScanning(false);
  }, []);
  const onScanError = useCallback(
    (error: unknown) => {
      setScanning(false);
      setProblem(explainError(error, i18n, CHAIN_ID));
    },
    [i18n],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = code.trim() === "" ? null : parseAccountCode(code);
    if (!parsed || !parsed.ok) {
      setProblem(codeProblemText(parsed ? parsed.problem : "empty", t));
      return;
    }
    setProblem(null);
    setBusy(true);
    const outcome = await admit(parsed.address, district);
    setBusy(false);
    if (outcome.ok) setCode("");
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="admit-one">
      <h2 id="admit-one" className="visually-hidden">
        {t("registrar.admit")}
      </h2>
      <Field label={t("registrar.code")} error={problem}>
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
        />
      </Field>
      {barcodeDetector() && (
        <button type="button" className="secondary" onClick={() => setScanning(!scanning)}>
          {scanning ? t("registrar.stopScan") : t("registrar.scan")}
        </button>
      )}
      {scanning && <CodeScanner onCode={onCode} onError={onScanError} />}
      <Field label={t("registrar.district")}>
        <select value={district} onChange={(e) => setDistrict(Number(e.target.value))}>
          {districts.map((name, i) => (
            <option key={name} value={i}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <BusyButton type="submit" busy={busy}>
        {t("registrar.admit")}
      </BusyButton>
    </form>
  );
}

function AdmitMany({ districts, admit }: { districts: readonly string[]; admit: Admit }) {
  const { t } = useI18n();
  const [file, setFile] = useState<{ rows: AdmissionRow[]; problems: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const membership = membershipContract();
  // Already members: a line the contract would refuse, reported with the others before sending.
  const { data: memberships } = useReadContracts({
    contracts: (file?.rows ?? []).map(
      (row) => ({ ...membership!, functionName: "isMember", args: [row.address] }) as const,
    ),
    query: { enabled: Boolean(membership && file && file.rows.length > 0) },
  });
  const members = file?.rows.filter((_, i) => memberships?.[i]?.result === true) ?? [];
  const problems = [
    ...(file?.problems ?? []),
    ...members.map((row) =>
      t("registrar.csv.problem.member", { line: String(row.line), account: addressLabel(row.address) }),
    ),
  ];
  const ready = file !== null && memberships !== undefined && problems.length === 0 && file.rows.length > 0;

  const read = async (chosen: File | undefined) => {
    if (!chosen) return setFile(null);
    const parsed = parseAdmissionCsv(await chosen.text(), districts);
    setFile({ rows: parsed.rows, problems: parsed.problems.map((p) => admissionProblemText(p, t, districts)) });
  };
  const admitAll = async () => {
    if (!file || busy) return;
    setBusy(true);
    for (const row of file.rows) {
      const outcome = await admit(row.address, row.district);
      if (!outcome.ok) break;
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="admit-many">
      <h2 id="admit-many">{t("registrar.csv.title")}</h2>
      <Field label={t("registrar.csv.file")} help={t("registrar.csv.help")}>
        <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void read(e.target.files?.[0])} />
      </Field>
      {file && file.rows.length === 0 && problems.length === 0 && <p role="alert">{t("registrar.csv.empty")}</p>}
      {problems.length > 0 && (
        <div role="alert" className="error">
          <p>{t("registrar.csv.errors")}</p>
          <ul>
            {problems.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {file && file.rows.length > 0 && (
        <>
          <p>{t("registrar.csv.preview", { count: String(file.rows.length) })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("registrar.csv.line")}</th>
                <th scope="col">{t("registrar.csv.account")}</th>
                <th scope="col">{t("registrar.district")}</th>
              </tr>
            </thead>
            <tbody>
              {file.rows.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>
                    <code>{row.address}</code>
                  </td>
                  <td>{districts[row.district]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ready && (
            <BusyButton busy={busy} onClick={() => void admitAll()}>
              {t("registrar.csv.admitAll", { count: String(file.rows.length) })}
            </BusyButton>
          )}
        </>
      )}
    </section>
  );
}
