import { formatUnits, type Address } from "viem";
import { parseDescription } from "../model/description";
import { ETH_ADDRESS } from "../model/treasury";
import type { LedgerEntry } from "./ledger";

export interface ExportContext {
  /** Symbols and decimals of the fund's assets (ETH included), to write amounts in whole units. */
  assets: readonly { address: Address; symbol: string; decimals: number }[];
  districts: readonly string[];
}

export interface CsvOptions {
  /** "," for most spreadsheets; ";" with decimal commas for the Nordic locales. */
  separator: "," | ";";
}

/** The ledger's columns, the same in CSV and JSON. */
export const COLUMNS = [
  "time",
  "block",
  "transaction",
  "kind",
  "contract",
  "proposal",
  "account",
  "counterparty",
  "asset",
  "amount",
  "amount_raw",
  "details",
] as const;
export type Row = Record<(typeof COLUMNS)[number], string>;

const date = (seconds: bigint) => new Date(Number(seconds) * 1000).toISOString();

function asset(context: ExportContext, address: Address) {
  if (address.toLowerCase() === ETH_ADDRESS) return { symbol: "ETH", decimals: 18 };
  return (
    context.assets.find((a) => a.address.toLowerCase() === address.toLowerCase()) ?? { symbol: address, decimals: 0 }
  );
}

/**
 * The asset of each pool (by lower-cased address) and milestone grant (by "grant:<id>"): their
 * later events name amounts without it.
 */
export function entryAssets(entries: readonly LedgerEntry[]): Map<string, Address> {
  const assets = new Map<string, Address>();
  for (const e of entries) {
    if (e.kind === "poolOpened") assets.set(e.address.toLowerCase(), e.asset);
    if (e.kind === "milestoneGrantCreated") assets.set(`grant:${e.grantId}`, e.asset);
  }
  return assets;
}

/** One flat row per entry: what a spreadsheet or an auditor's script reads. */
export function toRow(e: LedgerEntry, context: ExportContext, assets: ReadonlyMap<string, Address> = new Map()): Row {
  const row: Row = {
    time: e.timestamp === null ? "" : new Date(e.timestamp * 1000).toISOString(),
    block: String(e.block),
    transaction: e.tx,
    kind: e.kind,
    contract: e.contract,
    proposal: "proposalId" in e ? String(e.proposalId) : "",
    account: "",
    counterparty: "",
    asset: "",
    amount: "",
    amount_raw: "",
    details: "",
  };
  const money = (address: Address, value: bigint) => {
    const a = asset(context, address);
    row.asset = a.symbol;
    row.amount = formatUnits(value, a.decimals);
    row.amount_raw = String(value);
  };
  // A pool's or a milestone grant's amount, in its asset when its opening event was read.
  const held = (value: bigint) => {
    const known = assets.get(
      e.contract === "pool" ? e.address.toLowerCase() : "grantId" in e ? `grant:${e.grantId}` : "",
    );
    if (known) money(known, value);
    else row.amount_raw = String(value);
  };
  switch (e.kind) {
    case "deposit":
      row.account = e.from;
      money(e.asset, e.amount);
      row.details = e.memo;
      break;
    case "payment":
      row.counterparty = e.to;
      money(e.asset, e.amount);
      row.details = `decision ${e.decision}`;
      break;
    case "proposal":
      row.account = e.proposer;
      row.details = parseDescription(e.description).title;
      break;
    case "vote":
      row.account = e.voter;
      row.amount_raw = String(e.weight);
      row.details = `${["against", "for", "abstain"][e.support] ?? e.support}${e.reason ? `: ${e.reason}` : ""}`;
      break;
    case "queue":
      row.details = `eta ${new Date(Number(e.eta) * 1000).toISOString()}`;
      break;
    case "extension":
      row.details = `deadline ${new Date(Number(e.deadline) * 1000).toISOString()}`;
      break;
    case "membership":
      row.account = e.account;
      row.counterparty = e.registrar ?? "";
      row.details = `${e.change} ${context.districts[e.district] ?? e.district}`;
      break;
    case "district":
      row.details = e.name;
      break;
    case "delegation":
      row.account = e.delegator;
      row.counterparty = e.to;
      break;
    case "rule":
      row.details = `${e.rule}: ${e.oldValue} -> ${e.newValue}`;
      break;
    case "role":
      row.account = e.account;
      row.counterparty = e.sender;
      row.details = `${e.change} ${e.role}`;
      break;
    case "ownership":
      row.account = e.newOwner;
      row.counterparty = e.previousOwner;
      row.details = "owner";
      break;
    case "payeeAttested":
      row.account = e.payee;
      row.counterparty = e.verifier;
      row.details = `attested ${e.legalName} (${e.scheme} ${e.number}) until ${date(e.validUntil)}`;
      break;
    case "payeeRevoked":
      row.account = e.payee;
      row.counterparty = e.verifier;
      row.details = `revoked: ${e.reason}`;
      break;
    case "verificationRule":
      row.details = `verified payees ${e.required ? "required" : "not required"}`;
      break;
    case "fundAccount":
      row.account = e.account;
      row.details = e.isFundAccount ? "fund account" : "no longer a fund account";
      break;
    case "allowanceSet":
      row.account = e.spender;
      money(e.asset, e.amount);
      row.details = `allowance set (was ${e.previous})`;
      break;
    case "allowanceSpent":
      row.account = e.spender;
      money(e.asset, e.amount);
      row.details = `spent from allowance (${e.remaining} left)`;
      break;
    case "allowanceReturned":
      row.account = e.spender;
      money(e.asset, e.amount);
      row.details = "returned from allowance";
      break;
    case "poolOpened":
      row.account = e.address;
      money(e.asset, e.cap);
      row.details = `${e.poolKind} ${e.name}: cap per grant, until ${date(e.endsAt)}; ${e.mandate}`;
      break;
    case "committeeSet":
      row.account = e.address;
      row.details = `committee ${e.threshold} of ${e.committee.join(" ")} (epoch ${e.epoch})`;
      break;
    case "poolGrantProposed":
      row.account = e.proposer;
      row.counterparty = e.payee;
      held(e.amount);
      row.details = `grant #${e.grantId}: ${e.reason}`;
      break;
    case "poolGrantApproved":
      row.account = e.approver;
      row.details = `grant #${e.grantId}: ${e.approvals} approvals`;
      break;
    case "poolGrantPaid":
      row.counterparty = e.payee;
      held(e.amount);
      row.details = `grant #${e.grantId} paid`;
      break;
    case "poolGrantWithdrawn":
      row.details = `grant #${e.grantId} withdrawn`;
      break;
    case "poolClosed":
      row.account = e.by;
      held(e.returned);
      row.details = "closed; the rest returned";
      break;
    case "milestoneGrantCreated":
      row.counterparty = e.payee;
      money(e.asset, e.total);
      row.details = `grant #${e.grantId} in ${e.milestones} milestones: ${e.title}`;
      break;
    case "milestonePlanned":
      held(e.amount);
      row.details = `grant #${e.grantId} milestone ${e.index + 1}: ${e.description}`;
      break;
    case "milestoneDelivered":
      row.account = e.steward;
      row.details = `grant #${e.grantId} milestone ${e.index + 1} delivered: ${e.evidenceUri} ${e.evidenceHash}; releasable ${date(e.releasableAt)}`;
      break;
    case "milestoneStopped":
      row.account = e.guardian;
      row.details = `grant #${e.grantId} milestone ${e.index + 1} stopped: ${e.reason}`;
      break;
    case "milestoneReleased":
      row.counterparty = e.payee;
      held(e.amount);
      row.details = `grant #${e.grantId} milestone ${e.index + 1} released`;
      break;
    case "milestoneGrantCancelled":
      held(e.returned);
      row.details = `grant #${e.grantId}: the rest cancelled`;
      break;
    case "other":
      row.details = e.name;
      break;
  }
  return row;
}

function cell(value: string, separator: string): string {
  return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The ledger as CSV, UTF-8 with a byte-order mark so spreadsheets read å, æ and ø right.
 * With ";" the amounts use decimal commas, as Nordic spreadsheets expect.
 */
export function toCsv(
  entries: readonly LedgerEntry[],
  context: ExportContext,
  options: CsvOptions = { separator: "," },
): string {
  const { separator } = options;
  const lines = [COLUMNS.join(separator)];
  const assets = entryAssets(entries);
  for (const e of entries) {
    const row = toRow(e, context, assets);
    if (separator === ";") row.amount = row.amount.replace(".", ",");
    lines.push(COLUMNS.map((c) => cell(row[c], separator)).join(separator));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** The ledger as JSON: the same rows, numbers as exact strings. */
export function toJson(entries: readonly LedgerEntry[], context: ExportContext): string {
  const assets = entryAssets(entries);
  return (
    JSON.stringify(
      entries.map((e) => toRow(e, context, assets)),
      null,
      2,
    ) + "\n"
  );
}
