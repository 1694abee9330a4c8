import type { AccountCodeProblem } from "@sdk/accounts/accountCode";
import type { I18n } from "../i18n/makeI18n";
import type { AdmissionProblem } from "./admissionCsv";

/** Why a pasted or scanned code is not an account, as the registrar reads it. */
export function codeProblemText(problem: AccountCodeProblem | "empty", t: I18n["t"]): string {
  return t(`registrar.codeProblem.${problem}`);
}

/** One line of a CSV that cannot be admitted, as a sentence naming its line. */
export function admissionProblemText(problem: AdmissionProblem, t: I18n["t"], districts: readonly string[]): string {
  const line = String(problem.line);
  switch (problem.kind) {
    case "columns":
      return t("registrar.csv.problem.columns", { line });
    case "code":
      return t("registrar.csv.problem.code", { line, problem: codeProblemText(problem.problem, t) });
    case "district":
      return t("registrar.csv.problem.district", { line, district: problem.district, districts: districts.join(", ") });
    case "duplicate":
      return t("registrar.csv.problem.duplicate", { line, first: String(problem.first) });
  }
}
