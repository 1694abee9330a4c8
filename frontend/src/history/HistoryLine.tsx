import type { LedgerEntry } from "@sdk/history/ledger";
import { useI18n } from "../i18n/I18nProvider";
import { TEXT_QUOTES } from "../texts/quotes";
import { useText } from "../texts/useText";
import type { AssetBalance } from "../treasury/useTreasury";
import { entryCommitment, lineText } from "./entryText";
import type { HistoryIndex } from "./historyIndex";
import { describeEntry } from "./lines";

/**
 * One history entry in words, with the text it carries looked up (with every other row's, in
 * one request) and its commitment shown, so an auditor sees what the chain holds either way.
 */
export function HistoryLine({
  entry,
  assets,
  districts,
  index,
}: {
  entry: LedgerEntry;
  assets: readonly AssetBalance[];
  districts: readonly string[];
  index: HistoryIndex;
}) {
  const i18n = useI18n();
  const commitment = entryCommitment(entry);
  const state = useText(commitment);
  const text = (field: string) => lineText(state, field, i18n.t, TEXT_QUOTES[i18n.locale]);
  return (
    <>
      {describeEntry(entry, i18n, assets, districts, index, text)}
      {commitment && (
        <>
          {" "}
          <code className="commitment" title={commitment} data-text-state={state.state}>
            {i18n.t("texts.commitment", { commitment: `${commitment.slice(0, 10)}…` })}
          </code>
        </>
      )}
    </>
  );
}
