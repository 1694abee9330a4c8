import { Link, useSearchParams } from "react-router";
import { ProposalTitle } from "./ProposalTitle";
import { useI18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";
import { LoadState } from "../ui/LoadState";
import { QuorumProgress } from "../ui/QuorumProgress";
import { StateBadge } from "../ui/StateBadge";
import { TimeText } from "../ui/TimeText";
import { useChainNow } from "../ui/useChainNow";
import { usePageTitle } from "../ui/usePageTitle";
import { VoteBars } from "../ui/VoteBars";
import { STATE_FILTERS, type ProposalState } from "./states";
import { useProposals, type ProposalRow } from "./useProposals";
import { useVoteFormat } from "./useVoteFormat";

export default function ProposalsPage() {
  const { t, tn } = useI18n();
  usePageTitle(t("proposals.title"));
  const [params, setParams] = useSearchParams();
  const filter = (STATE_FILTERS as readonly string[]).includes(params.get("state") ?? "")
    ? (params.get("state") as ProposalState)
    : "all";
  const search = params.get("q") ?? "";
  const page = Number(params.get("page") ?? "1") || 1;
  const list = useProposals(filter, search, page);

  // Every view is in the URL, so a reload or a shared link shows the same list.
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  return (
    <div className="page proposals">
      <h1>{t("proposals.title")}</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t("proposals.filter")}</span>
          <select
            value={filter}
            onChange={(e) => set({ state: e.target.value === "all" ? null : e.target.value, page: null })}
          >
            <option value="all">{t("proposals.filter.all")}</option>
            {STATE_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("proposals.search")}</span>
          <input type="search" value={search} onChange={(e) => set({ q: e.target.value, page: null })} />
        </label>
      </form>
      <LoadState isLoading={list.isLoading} error={list.error} />
      <p aria-live="polite">{tn("proposals.count", list.total, { count: list.total })}</p>
      {!list.isLoading && list.rows.length === 0 && <p>{t("proposals.none")}</p>}
      <ul className="proposal-list">
        {list.rows.map((row) => (
          <ProposalCard key={String(row.id)} row={row} />
        ))}
      </ul>
      {list.pages > 1 && (
        <nav className="pager" aria-label={t("proposals.page", { page: list.page, pages: list.pages })}>
          <button type="button" disabled={list.page <= 1} onClick={() => set({ page: String(list.page - 1) })}>
            {t("proposals.previous")}
          </button>
          <span>{t("proposals.page", { page: list.page, pages: list.pages })}</span>
          <button type="button" disabled={list.page >= list.pages} onClick={() => set({ page: String(list.page + 1) })}>
            {t("proposals.next")}
          </button>
        </nav>
      )}
    </div>
  );
}

function ProposalCard({ row }: { row: ProposalRow }) {
  const { t } = useI18n();
  const now = useChainNow();
  const format = useVoteFormat();
  return (
    <li className="proposal-card">
      <h2>
        <Link to={`/proposals/${row.id}`}>
          #{String(row.id)} <ProposalTitle naming={row.naming} />
        </Link>
      </h2>
      <p className="meta">
        <StateBadge state={row.state} /> {row.proposer && t("proposals.by", { proposer: addressLabel(row.proposer) })}
      </p>
      {now !== null && <TimeLine row={row} now={now} />}
      {row.votes && row.quorum !== undefined && (
        <QuorumProgress counted={row.votes.for + row.votes.abstain} quorum={row.quorum} format={format} />
      )}
      {row.votes && <VoteBars votes={row.votes} format={format} />}
    </li>
  );
}

/** "Voting ends in 2 days", "Voting opens tomorrow", "Executable in 22 hours": by state. */
function TimeLine({ row, now }: { row: ProposalRow; now: number }) {
  const { t } = useI18n();
  const [key, at] =
    row.state === "Pending"
      ? (["proposal.timeline.opens", row.snapshot] as const)
      : row.state === "Active" && row.deadline !== undefined
        ? (["proposal.timeline.closes", row.deadline] as const)
        : row.state === "Queued" && row.eta !== undefined
          ? (["proposal.timeline.executable", row.eta] as const)
          : [null, 0n];
  if (!key) return null;
  return (
    <p className="time">
      {t(key)}: <TimeText at={at} now={now} />
    </p>
  );
}
