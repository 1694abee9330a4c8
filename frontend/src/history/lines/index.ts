import type { LedgerEntry } from "@sdk/history/ledger";
import type { I18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages/en";
import { assetInfo, type AssetBalance } from "../../treasury/useTreasury";
import { addressLabel } from "../../ui/AddressText";
import type { HistoryIndex } from "../historyIndex";
import type { LineContext, LineWriters } from "./context";
import { governanceLines } from "./governance";
import { membershipLines } from "./membership";
import { roundsLines } from "./rounds";
import { milestonesLines } from "./stewards/milestones";
import { payeesLines } from "./stewards/payees";
import { poolsLines } from "./stewards/pools";
import { treasuryLines } from "./treasury";

/** Every kind of history line, one domain a file (as the SDK's ledger kinds). */
const LINES: LineWriters<LedgerEntry> = {
  ...treasuryLines,
  ...governanceLines,
  ...membershipLines,
  ...roundsLines,
  ...payeesLines,
  ...poolsLines,
  ...milestonesLines,
  erasureAnchored: (e, { t, number, account }) =>
    t("history.line.erasureAnchored", { by: account(e.by), entries: number(e.entries), root: e.root }),
  other: (e, { t, contract }) => t("history.line.other", { name: e.name, contract }),
};

type Address = `0x${string}`;

/** One history line in words. */
export function describeEntry(
  e: LedgerEntry,
  i18n: I18n,
  assets: readonly AssetBalance[],
  districts: readonly string[],
  index: HistoryIndex,
  text: (field: string) => string = () => "",
): string {
  const { t, amount, number } = i18n;
  const money = (asset: Address, value: bigint) => {
    const info = assetInfo(assets, asset);
    return amount(value, info.decimals, info.symbol);
  };
  const inAsset = (asset: Address | undefined, value: bigint) => (asset ? money(asset, value) : number(value));
  // A pool by its address, a milestone grant by its number: their names are texts, on the
  // lines that opened them.
  const poolName = (address: Address) => addressLabel(address);
  const grantName = (grantId: bigint) => `#${grantId}`;
  const context: LineContext = {
    t,
    number,
    dateTime: i18n.dateTime,
    money,
    account: (address) => addressLabel(address),
    district: (n) => districts[n] ?? String(n),
    contract: t(`common.contract.${e.contract}` as MessageKey),
    roundMoney: (value) => inAsset(index.roundAssets.get(e.address.toLowerCase()), value),
    poolMoney: (value) => inAsset(index.pools.get(e.address.toLowerCase())?.asset, value),
    poolName,
    spenderName: (address) =>
      address.toLowerCase() === index.milestones ? t("common.contract.milestoneGrants") : poolName(address),
    grantMoney: (grantId, value) => inAsset(index.grants.get(grantId)?.asset, value),
    grantName,
    paidFor: (tx) => {
      const proposal = index.executions.get(tx);
      if (proposal !== undefined) return t("history.line.paymentFor", { id: String(proposal) });
      const paid = index.paid.get(tx);
      if (!paid) return "";
      return "pool" in paid
        ? t("history.line.paymentForPool", { id: String(paid.grantId), pool: poolName(paid.pool) })
        : t("history.line.paymentForMilestone", { index: String(paid.index + 1), grant: grantName(paid.grantId) });
    },
    text,
  };
  return (LINES[e.kind] as (entry: LedgerEntry, c: LineContext) => string)(e, context);
}
