import { FUND } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";

/** Votes as people count them: whole members, or tokens with 18 decimals in a token-weighted fund. */
export function useVoteFormat(): (votes: bigint) => string {
  const { number, amount } = useI18n();
  return FUND?.votingMode === "token" ? (v) => amount(v, 18, "").trim() : (v) => number(v);
}
