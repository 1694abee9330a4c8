import { addressLabel } from "../../ui/AddressText";
import { CommittedText } from "../../texts/CommittedText";
import { TextLabel } from "../../texts/TextLabel";
import { useTextString } from "../../texts/useTextString";
import { Link, useParams } from "react-router";
import { isAddress } from "viem";
import { useI18n } from "../../i18n/I18nProvider";
import { AddressText } from "../../ui/AddressText";
import { LoadState } from "../../ui/LoadState";
import { Markdown } from "../../ui/Markdown";
import { TimeText } from "../../ui/TimeText";
import { useChainNow } from "../../ui/useChainNow";
import { usePageTitle } from "../../ui/usePageTitle";
import { ConsequenceButton } from "../ConsequenceButton";
import { MicroGrantForm } from "./MicroGrantForm";
import { PendingGrant } from "./PendingGrant";
import { PayeeText } from "../payees/PayeeText";
import { ProposePoolChange } from "./ProposePoolChange";
import { useAssetText } from "../useAssetText";
import { usePoolActions } from "./usePoolActions";
import { usePools, type Pool } from "./usePools";
import { ReadingPause } from "../../ui/ReadingPause";
import { ApplicationDecision } from "./ApplicationDecision";
import { ApplyForGrant } from "./ApplyForGrant";
import { MyApplications } from "./MyApplications";
import { TaskGroupInterest } from "./TaskGroupInterest";

/**
 * A quick pool or task group as its members see it: who is in it, what it is for, its budget
 * (spent, remaining, cap per grant) and end date, its grants, and for its committee the form
 * to propose a micro-grant.
 */
export default function PoolPage() {
  const { address: param } = useParams();
  const { t } = useI18n();
  const { pools, isLoading, error } = usePools();
  const now = useChainNow();
  const pool =
    param && isAddress(param) ? pools.find((p) => p.address.toLowerCase() === param.toLowerCase()) : undefined;
  const name = useTextString(pool?.text, "name");
  usePageTitle(name || t("pool.title"));
  return (
    <article className="page pool">
      <p>
        <Link to="/stewards">← {t("pool.back")}</Link>
      </p>
      <LoadState isLoading={isLoading} error={error} />
      {!isLoading && !pool && !error && <p role="alert">{t("pool.notFound")}</p>}
      {pool && now !== null && <PoolView pool={pool} now={now} />}
    </article>
  );
}

function PoolView({ pool, now }: { pool: Pool; now: number }) {
  const { t } = useI18n();
  const { money } = useAssetText();
  const actions = usePoolActions(pool.address);
  const poolName = useTextString(pool.text, "name");
  const open = !pool.closed && pool.endsAt > now;
  const pending = pool.grants.filter((g) => g.status === "Pending");
  const done = pool.grants.filter((g) => g.status !== "Pending");
  const waiting = pool.applications.filter((a) => a.status === "Open");
  return (
    <>
      <h1>
        <TextLabel commitment={pool.text} field="name" />
        <ReadingPause /> <span className="badge">{t(`pool.kind.${pool.kind}`)}</span>
      </h1>
      <section aria-labelledby="mandate-title">
        <h2 id="mandate-title">{t("pool.mandate")}</h2>
        <CommittedText commitment={pool.text} render={(f) => <Markdown source={f.mandate ?? ""} />} />
      </section>
      <section aria-labelledby="budget-title">
        <h2 id="budget-title">{t("pool.budget")}</h2>
        <dl className="facts">
          <dt>{t("pool.total")}</dt>
          <dd>{money(pool.token, pool.spent + pool.remaining)}</dd>
          <dt>{t("pool.spent")}</dt>
          <dd>{money(pool.token, pool.spent)}</dd>
          <dt>{t("pool.remaining")}</dt>
          <dd>{money(pool.token, pool.remaining)}</dd>
          <dt>{t("pool.cap")}</dt>
          <dd>{money(pool.token, pool.cap)}</dd>
          {/* The end date once, relative and exact; a pool the members closed early says so too. */}
          <dt>{t(pool.endsAt > now ? "pool.endsAt" : "pool.endedAt")}</dt>
          <dd>
            <TimeText at={pool.endsAt} now={now} showExact />
            {pool.closed && <> · {t("pool.closed")}</>}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="committee-title">
        <h2 id="committee-title">{t("pool.committee")}</h2>
        <p>{t("pool.threshold", { threshold: pool.threshold, size: pool.committee.length })}</p>
        <ul>
          {pool.committee.map((member) => (
            <li key={member}>
              <AddressText address={member} />
            </li>
          ))}
        </ul>
        {pool.isMine && <p>{t("pool.youAreMember")}</p>}
      </section>
      {pool.kind === "TaskGroup" && <TaskGroupInterest pool={pool} open={open} />}
      {pool.isMine && (
        <section aria-labelledby="applications-title">
          <h2 id="applications-title">{t("application.queue.title")}</h2>
          {waiting.length === 0 ? (
            <p>{t("application.queue.none")}</p>
          ) : (
            <ul className="applications">
              {waiting.map((a) => (
                <ApplicationDecision key={String(a.id)} pool={pool} application={a} />
              ))}
            </ul>
          )}
        </section>
      )}
      <MyApplications pool={pool} />
      {!pool.isMine && open && <ApplyForGrant pool={pool} now={now} />}
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t("pool.pending")}</h2>
        {pending.length === 0 ? (
          <p>{t("pool.pendingNone")}</p>
        ) : (
          <ul className="pending-grants">
            {pending.map((g) => (
              <PendingGrant key={String(g.id)} pool={pool} grant={g} />
            ))}
          </ul>
        )}
      </section>
      {pool.isMine && open && (
        <section aria-labelledby="propose-title">
          <h2 id="propose-title">{t("pool.form.title")}</h2>
          <MicroGrantForm pool={pool} now={now} />
        </section>
      )}
      <section aria-labelledby="grants-title">
        <h2 id="grants-title">{t("pool.grants")}</h2>
        {done.length === 0 ? (
          <p>{t("pool.grantsNone")}</p>
        ) : (
          <ul className="pool-grants">
            {done.map((g) => (
              <li key={String(g.id)}>
                {t("pool.grant.title", { id: String(g.id), amount: money(pool.token, g.amount) })} {t("pool.grant.to")}{" "}
                <PayeeText address={g.payee} /> —{" "}
                <span className={`badge badge-grant-${g.status.toLowerCase()}`}>{t(`pool.status.${g.status}`)}</span>
                <CommittedText
                  commitment={g.reason}
                  about={t("pool.grant.reasonOf", { id: String(g.id), pool: poolName || addressLabel(pool.address) })}
                  render={(f) => <p className="reason">{f.reason}</p>}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProposePoolChange pool={pool} />
      {!pool.closed && pool.endsAt <= now && (
        <ConsequenceButton
          label={t("pool.close")}
          consequence={t("pool.closeConsequence", { remaining: money(pool.token, pool.remaining) })}
          onClick={() => actions.close(poolName || addressLabel(pool.address))}
        />
      )}
    </>
  );
}
