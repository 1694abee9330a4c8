import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { parseDescription } from "@sdk/model/description";
import { toCsv, toJson, type ExportContext } from "@sdk/history/export";
import { type LedgerEntry, type LedgerKind } from "@sdk/history/ledger";
import { reconcile } from "@sdk/history/reconcile";
import { requireFund } from "../config/contracts";
import { useI18n, type I18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages/en";
import { assetInfo, useTreasury, type AssetBalance } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";
import { LoadState } from "../ui/LoadState";
import { usePageTitle } from "../ui/usePageTitle";
import { usePublicClient } from "wagmi";
import { loadBlockTimes, useBlockTimes, withTimes } from "./useBlockTimes";
import { useFundHistory } from "./useFundHistory";
import { ScrollRegion } from "../ui/ScrollRegion";
import { EMPTY_STEWARDS_INDEX, stewardsIndex, type StewardsIndex } from "./stewardsIndex";

/** The kinds of event, grouped as the kind filter offers them (a whole group can be chosen too). */
const KIND_GROUPS = {
  money: ["deposit", "payment", "allowanceSet", "allowanceSpent", "allowanceReturned"],
  governance: ["proposal", "vote", "queue", "execution", "cancellation", "extension", "rule", "role", "ownership"],
  members: ["membership", "district", "delegation"],
  rounds: [
    "roundCreated",
    "idea",
    "ideaWithdrawn",
    "review",
    "ballot",
    "ideaFunded",
    "roundFinalized",
    "winnerCancelled",
    "release",
    "unspentReturned",
    "roundInfo",
  ],
  payees: ["payeeAttested", "payeeRevoked", "verificationRule", "fundAccount"],
  pools: [
    "poolOpened",
    "committeeSet",
    "poolGrantProposed",
    "poolGrantApproved",
    "poolGrantPaid",
    "poolGrantWithdrawn",
    "poolClosed",
  ],
  milestones: [
    "milestoneGrantCreated",
    "milestonePlanned",
    "milestoneDelivered",
    "milestoneStopped",
    "milestoneReleased",
    "milestoneGrantCancelled",
  ],
  other: ["other"],
} as const satisfies Record<string, readonly LedgerKind[]>;
type KindGroup = keyof typeof KIND_GROUPS;
const GROUPS = Object.keys(KIND_GROUPS) as KindGroup[];
const KINDS: readonly LedgerKind[] = GROUPS.flatMap((g) => KIND_GROUPS[g]);

/** The kinds a filter value picks: one kind, "group:<name>" for a group, or null for all. */
function kindsOf(value: string | null): ReadonlySet<LedgerKind> | null {
  if (!value) return null;
  if (value.startsWith("group:")) {
    const group = value.slice("group:".length);
    return (GROUPS as string[]).includes(group) ? new Set(KIND_GROUPS[group as KindGroup]) : null;
  }
  return (KINDS as readonly string[]).includes(value) ? new Set([value as LedgerKind]) : null;
}
const ROWS_PER_STEP = 100;
const SUPPORT: ("against" | "for" | "abstain")[] = ["against", "for", "abstain"];

/** Unix seconds at the start (or end) of a yyyy-mm-dd day in the visitor's time zone. */
function dayBound(day: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00`);
  return Math.floor(date.getTime() / 1000) + (end ? 86_400 : 0);
}

export default function HistoryPage() {
  const i18n = useI18n();
  const { t, amount, dateTime } = i18n;
  usePageTitle(t("history.title"));
  const fund = requireFund();
  const history = useFundHistory();
  const { assets } = useTreasury();
  const [params, setParams] = useSearchParams();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const kinds = kindsOf(params.get("kind"));
  const kind = kinds ? params.get("kind") : null;
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setShown(ROWS_PER_STEP);
  };

  const ofKind = useMemo(
    () => (history.data ?? []).filter((e) => kinds === null || kinds.has(e.kind)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `kinds` follows from `kind`
    [history.data, kind],
  );
  // A date filter needs every block's time; otherwise only the rows on screen do.
  const dated = from !== "" || to !== "";
  const times = useBlockTimes(dated ? ofKind.map((e) => e.block) : ofKind.slice(-shown).map((e) => e.block));
  const start = dayBound(from, false);
  const end = dayBound(to, true);
  // Filtered on every render: block times arrive after the events.
  const entries = !dated
    ? ofKind
    : ofKind.filter((e) => {
        const time = times.time(e.block) ?? 0;
        return (start === null || time >= start) && (end === null || time < end);
      });

  const reconciliation = useMemo(() => {
    if (!history.data || assets.length === 0) return [];
    return reconcile(history.data, new Map(assets.map((a) => [a.address.toLowerCase(), a.balance])));
  }, [history.data, assets]);

  // A payment made in the same transaction as an execution was that proposal's.
  const executions = useMemo(
    () => new Map((history.data ?? []).flatMap((e) => (e.kind === "execution" ? [[e.tx, e.proposalId] as const] : []))),
    [history.data],
  );
  // Round entries are in the round's asset, named where the factory opened it.
  const roundAssets = useMemo(
    () =>
      new Map(
        (history.data ?? []).flatMap((e) =>
          e.kind === "roundCreated" ? [[e.round.toLowerCase(), e.asset] as const] : [],
        ),
      ),
    [history.data],
  );
  // Pools' and milestone grants' names and assets, and which payments they made.
  const stewards = useMemo(() => stewardsIndex(history.data ?? []), [history.data]);
  const context: ExportContext = { assets, districts: fund.districts };
  const client = usePublicClient();
  // Exports carry every row's time: read the ones not on screen first.
  const exportWithTimes = async (build: (rows: LedgerEntry[]) => string, type: string, extension: string) => {
    if (client)
      await loadBlockTimes(
        client,
        entries.map((e) => e.block),
      );
    download(build(withTimes(entries)), type, extension);
  };
  const download = (content: string, type: string, extension: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `pulje-${fund.chainId}-history.${extension}`;
    link.click();
    URL.revokeObjectURL(url);
  };
  // Nordic spreadsheets expect ";" and decimal commas; English ones ",".
  const separator = i18n.locale === "en" ? "," : ";";

  return (
    <div className="page history">
      <h1>{t("history.title")}</h1>
      <p>{t("history.intro")}</p>

      <section aria-labelledby="reconciliation-title">
        <h2 id="reconciliation-title">{t("history.reconciliation")}</h2>
        <ul className="reconciliation">
          {reconciliation.map((r) => {
            const info = assetInfo(assets, r.asset);
            const f = (v: bigint) => amount(v, info.decimals, info.symbol);
            const ok = r.unexplained === 0n;
            return (
              <li key={r.asset} className={ok ? "ok" : "not-ok"} data-balanced={ok}>
                <span aria-hidden="true">{ok ? "✓ " : "✕ "}</span>
                {ok
                  ? t("history.reconciled", {
                      asset: info.symbol,
                      balance: f(r.balance),
                      deposits: f(r.deposits),
                      payments: f(r.payments),
                    })
                  : t("history.unreconciled", {
                      asset: info.symbol,
                      balance: f(r.balance),
                      deposits: f(r.deposits),
                      payments: f(r.payments),
                      explained: f(r.explained),
                      unexplained: f(r.unexplained),
                    })}
              </li>
            );
          })}
        </ul>
      </section>

      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t("history.kind")}</span>
          <select value={kind ?? ""} onChange={(e) => set("kind", e.target.value)}>
            <option value="">{t("history.allKinds")}</option>
            {GROUPS.map((g) => (
              <optgroup key={g} label={t(`history.group.${g}`)}>
                {KIND_GROUPS[g].length > 1 && (
                  <option value={`group:${g}`}>{t("history.allOfGroup", { group: t(`history.group.${g}`) })}</option>
                )}
                {KIND_GROUPS[g].map((k) => (
                  <option key={k} value={k}>
                    {t(`history.kind.${k}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <span>{t("history.from")}</span>
          <input type="date" value={from} onChange={(e) => set("from", e.target.value)} />
        </label>
        <label>
          <span>{t("history.to")}</span>
          <input type="date" value={to} onChange={(e) => set("to", e.target.value)} />
        </label>
      </form>
      <div className="form-buttons">
        <button
          type="button"
          onClick={() =>
            exportWithTimes((rows) => toCsv(rows, context, { separator }), "text/csv;charset=utf-8", "csv")
          }
        >
          {t("history.exportCsv")}
        </button>
        <button
          type="button"
          onClick={() => exportWithTimes((rows) => toJson(rows, context), "application/json", "json")}
        >
          {t("history.exportJson")}
        </button>
      </div>

      <LoadState isLoading={history.isLoading} error={history.error} />
      {!history.isLoading && entries.length === 0 && <p>{t("history.none")}</p>}
      {entries.length > 0 && (
        <ScrollRegion label={t("history.title")}>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t("history.when")}</th>
                <th scope="col">{t("history.kind")}</th>
                <th scope="col">{t("history.what")}</th>
                <th scope="col">{t("history.transaction")}</th>
              </tr>
            </thead>
            <tbody>
              {entries
                .slice(-shown)
                .reverse()
                .map((e) => (
                  <tr key={`${e.tx}-${e.logIndex}`} data-kind={e.kind}>
                    <td>{times.time(e.block) === null ? "" : dateTime(times.time(e.block)!)}</td>
                    <td>{t(`history.kind.${e.kind}`)}</td>
                    <td>{describeEntry(e, i18n, assets, fund.districts, executions, roundAssets, stewards)}</td>
                    <td>
                      <code title={e.tx}>{`${e.tx.slice(0, 10)}…`}</code>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {entries.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + ROWS_PER_STEP)}>
          {t("history.showMore")}
        </button>
      )}
    </div>
  );
}

/** One history line in words. */
export function describeEntry(
  e: LedgerEntry,
  i18n: I18n,
  assets: readonly AssetBalance[],
  districts: readonly string[],
  executions: ReadonlyMap<string, bigint>,
  roundAssets: ReadonlyMap<string, `0x${string}`> = new Map(),
  stewards: StewardsIndex = EMPTY_STEWARDS_INDEX,
): string {
  const { t, amount, dateTime, number } = i18n;
  const money = (asset: `0x${string}`, value: bigint) => {
    const info = assetInfo(assets, asset);
    return amount(value, info.decimals, info.symbol);
  };
  const contract = t(`common.contract.${e.contract}` as MessageKey);
  // A pool by its name (the members gave it one), a milestone grant by its number and title.
  const poolName = (address: `0x${string}`) => {
    const name = stewards.pools.get(address.toLowerCase())?.name;
    return name ? t("history.poolNamed", { name }) : addressLabel(address);
  };
  // Who an allowance is for: a pool, or the milestone grants.
  const spenderName = (address: `0x${string}`) =>
    address.toLowerCase() === stewards.milestones ? t("common.contract.milestoneGrants") : poolName(address);
  const poolMoney = (value: bigint) => {
    const asset = stewards.pools.get(e.address.toLowerCase())?.asset;
    return asset ? money(asset, value) : number(value);
  };
  const grantMoney = (grantId: bigint, value: bigint) => {
    const asset = stewards.grants.get(grantId)?.asset;
    return asset ? money(asset, value) : number(value);
  };
  const grantName = (grantId: bigint) => {
    const title = stewards.grants.get(grantId)?.title;
    return title ? t("history.grantNamed", { id: String(grantId), title }) : `#${grantId}`;
  };
  const paidFor = (tx: string) => {
    const paid = stewards.paid.get(tx);
    if (!paid) return "";
    return "pool" in paid
      ? t("history.line.paymentForPool", { id: String(paid.grantId), pool: poolName(paid.pool) })
      : t("history.line.paymentForMilestone", { index: String(paid.index + 1), grant: grantName(paid.grantId) });
  };
  const roundAsset = roundAssets.get(e.address.toLowerCase());
  const roundMoney = (value: bigint) => (roundAsset ? money(roundAsset, value) : number(value));
  switch (e.kind) {
    case "deposit":
      return t("history.line.deposit", {
        from: addressLabel(e.from),
        amount: money(e.asset, e.amount),
        memo: e.memo ? ` — “${e.memo}”` : "",
      });
    case "payment":
      return t("history.line.payment", {
        to: addressLabel(e.to),
        amount: money(e.asset, e.amount),
        proposal: executions.has(e.tx)
          ? t("history.line.paymentFor", { id: String(executions.get(e.tx)) })
          : paidFor(e.tx),
      });
    case "proposal":
      return t("history.line.proposal", {
        id: String(e.proposalId),
        title: parseDescription(e.description).title,
        proposer: addressLabel(e.proposer),
      });
    case "vote":
      return t("history.line.vote", {
        voter: addressLabel(e.voter),
        choice: t(`vote.${SUPPORT[e.support] ?? "abstain"}`),
        id: String(e.proposalId),
        weight: number(e.weight),
        reason: e.reason ? ` — “${e.reason}”` : "",
      });
    case "queue":
      return t("history.line.queue", { id: String(e.proposalId), eta: dateTime(e.eta) });
    case "execution":
      return t("history.line.execution", { id: String(e.proposalId) });
    case "cancellation":
      return t("history.line.cancellation", { id: String(e.proposalId) });
    case "extension":
      return t("history.line.extension", { id: String(e.proposalId), deadline: dateTime(e.deadline) });
    case "membership":
      return t(`history.line.membership.${e.change}`, {
        account: addressLabel(e.account),
        district: districts[e.district] ?? String(e.district),
      });
    case "district":
      return t("history.line.district", { name: e.name });
    case "delegation":
      return t("history.line.delegation", { delegator: addressLabel(e.delegator), to: addressLabel(e.to) });
    case "rule": {
      // Guardians are accounts: shown by name, like every other account.
      const value = (v: string) => (e.rule === "milestoneGuardian" || e.rule === "guardian" ? addressLabel(v) : v);
      return t("history.line.rule", { rule: e.rule, old: value(e.oldValue), new: value(e.newValue) });
    }
    case "role":
      return t(`history.line.role.${e.change}`, { account: addressLabel(e.account), contract });
    case "ownership":
      return t("history.line.ownership", { owner: addressLabel(e.newOwner), contract });
    case "roundCreated":
      return t("history.line.roundCreated", { round: addressLabel(e.round), amount: money(e.asset, e.total) });
    case "idea":
      return t("history.line.idea", {
        id: String(e.ideaId),
        title: e.title,
        district: districts[e.district] ?? String(e.district),
        proposer: addressLabel(e.proposer),
        amount: roundMoney(e.cost),
      });
    case "ideaWithdrawn":
      return t("history.line.ideaWithdrawn", { id: String(e.ideaId) });
    case "review":
      return t("history.line.review", {
        reviewer: addressLabel(e.reviewer),
        id: String(e.ideaId),
        verdict: t(e.feasible ? "history.feasible" : "history.infeasible"),
        amount: roundMoney(e.cost),
        reason: e.reason,
      });
    case "ballot":
      return t("history.line.ballot", {
        voter: addressLabel(e.voter),
        ideas: e.ideaIds.map((id) => `#${id}`).join(", "),
        district: districts[e.district] ?? String(e.district),
      });
    case "ideaFunded":
      return t("history.line.ideaFunded", {
        id: String(e.ideaId),
        amount: roundMoney(e.cost),
        approvals: number(e.approvals),
      });
    case "roundFinalized":
      return t("history.line.roundFinalized", { amount: roundMoney(e.allocated) });
    case "winnerCancelled":
      return t("history.line.winnerCancelled", { id: String(e.ideaId), reason: e.reason });
    case "release":
      return t("history.line.release", {
        amount: roundMoney(e.amount),
        payee: addressLabel(e.payee),
        id: String(e.ideaId),
      });
    case "unspentReturned":
      return t("history.line.unspentReturned", { amount: roundMoney(e.amount) });
    case "roundInfo":
      return t("history.line.roundInfo", { name: e.name, details: e.details });
    case "payeeAttested":
      return t("history.line.payeeAttested", {
        verifier: addressLabel(e.verifier),
        payee: addressLabel(e.payee),
        name: e.legalName,
        scheme: t(`history.scheme.${e.scheme}`),
        number: e.number,
        until: dateTime(e.validUntil),
      });
    case "payeeRevoked":
      return t("history.line.payeeRevoked", {
        verifier: addressLabel(e.verifier),
        payee: addressLabel(e.payee),
        reason: e.reason,
      });
    case "verificationRule":
      return t(e.required ? "history.line.verificationRequired" : "history.line.verificationNotRequired");
    case "fundAccount":
      return t(e.isFundAccount ? "history.line.fundAccount" : "history.line.fundAccountRemoved", {
        account: addressLabel(e.account),
      });
    case "allowanceSet":
      return t("history.line.allowanceSet", {
        spender: spenderName(e.spender),
        amount: money(e.asset, e.amount),
        previous: money(e.asset, e.previous),
      });
    case "allowanceSpent":
      return t("history.line.allowanceSpent", {
        spender: spenderName(e.spender),
        amount: money(e.asset, e.amount),
        remaining: money(e.asset, e.remaining),
      });
    case "allowanceReturned":
      return t("history.line.allowanceReturned", { spender: spenderName(e.spender), amount: money(e.asset, e.amount) });
    case "poolOpened":
      return t("history.line.poolOpened", {
        type: t(`history.poolKind.${e.poolKind}`),
        name: e.name,
        cap: money(e.asset, e.cap),
        until: dateTime(e.endsAt),
        mandate: e.mandate,
      });
    case "committeeSet":
      return t("history.line.committeeSet", {
        pool: poolName(e.address),
        members: e.committee.map((a) => addressLabel(a)).join(", "),
        threshold: number(e.threshold),
      });
    case "poolGrantProposed":
      return t("history.line.poolGrantProposed", {
        proposer: addressLabel(e.proposer),
        id: String(e.grantId),
        pool: poolName(e.address),
        amount: poolMoney(e.amount),
        payee: addressLabel(e.payee),
        reason: e.reason,
      });
    case "poolGrantApproved":
      return t("history.line.poolGrantApproved", {
        approver: addressLabel(e.approver),
        id: String(e.grantId),
        pool: poolName(e.address),
        approvals: number(e.approvals),
      });
    case "poolGrantPaid":
      return t("history.line.poolGrantPaid", {
        id: String(e.grantId),
        pool: poolName(e.address),
        amount: poolMoney(e.amount),
        payee: addressLabel(e.payee),
      });
    case "poolGrantWithdrawn":
      return t("history.line.poolGrantWithdrawn", { id: String(e.grantId), pool: poolName(e.address) });
    case "poolClosed":
      return t("history.line.poolClosed", {
        pool: poolName(e.address),
        by: addressLabel(e.by),
        amount: poolMoney(e.returned),
      });
    case "milestoneGrantCreated":
      return t("history.line.milestoneGrantCreated", {
        id: String(e.grantId),
        title: e.title,
        payee: addressLabel(e.payee),
        amount: money(e.asset, e.total),
        count: number(e.milestones),
      });
    case "milestonePlanned":
      return t("history.line.milestonePlanned", {
        grant: grantName(e.grantId),
        index: String(e.index + 1),
        amount: grantMoney(e.grantId, e.amount),
        description: e.description,
      });
    case "milestoneDelivered":
      return t("history.line.milestoneDelivered", {
        steward: addressLabel(e.steward),
        grant: grantName(e.grantId),
        index: String(e.index + 1),
        uri: e.evidenceUri,
        releasable: dateTime(e.releasableAt),
      });
    case "milestoneStopped":
      return t("history.line.milestoneStopped", {
        guardian: addressLabel(e.guardian),
        grant: grantName(e.grantId),
        index: String(e.index + 1),
        reason: e.reason,
      });
    case "milestoneReleased":
      return t("history.line.milestoneReleased", {
        grant: grantName(e.grantId),
        index: String(e.index + 1),
        amount: grantMoney(e.grantId, e.amount),
        payee: addressLabel(e.payee),
      });
    case "milestoneGrantCancelled":
      return t("history.line.milestoneGrantCancelled", {
        grant: grantName(e.grantId),
        amount: grantMoney(e.grantId, e.returned),
      });
    case "other":
      return t("history.line.other", { name: e.name, contract });
  }
}
