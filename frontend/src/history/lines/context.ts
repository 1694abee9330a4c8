import type { EntryBase } from "@sdk/history/entry";
import type { I18n } from "../../i18n/I18nProvider";

type Address = `0x${string}`;

/** What every domain's lines use: the visitor's language and formats, and names for what an entry refers to. */
export interface LineContext extends Pick<I18n, "t" | "number" | "dateTime"> {
  /** An amount in an asset's whole units with its symbol. */
  money(asset: Address, value: bigint): string;
  /** An account by its known name and short address. */
  account(address: string): string;
  district(index: number): string;
  /** The contract that emitted the entry, in words. */
  contract: string;
  /** The entry's round's asset, or a plain number when unknown. */
  roundMoney(value: bigint): string;
  /** The entry's pool's asset, or a plain number when unknown. */
  poolMoney(value: bigint): string;
  poolName(address: Address): string;
  /** Who an allowance is for: a pool, or the milestone grants. */
  spenderName(address: Address): string;
  grantMoney(grantId: bigint, value: bigint): string;
  grantName(grantId: bigint): string;
  /** What a treasury payment paid for: the proposal executed in its transaction, a micro-grant or a milestone. */
  paidFor(tx: string): string;
  /**
   * A field of the text the entry carries (../entryText.ts): quoted words when the content
   * service has them and they match the chain, else why not, in brackets.
   */
  text(field: string): string;
}

/** One domain's lines: how each of its kinds of entry reads. */
export type LineWriters<Body extends { kind: string }> = {
  [K in Body["kind"]]: (entry: EntryBase & Extract<Body, { kind: K }>, c: LineContext) => string;
};

/** An optional text the entry carries, after a dash, or nothing. */
export const dashed = (present: boolean, text: string) => (present && text ? ` — ${text}` : "");
