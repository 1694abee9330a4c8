import { useMemo } from "react";
import { Link } from "react-router";
import type { Address } from "viem";
import { useFundHistory } from "../history/useFundHistory";
import { payeesOf } from "../governance/ActionText";
import { proposalsById } from "../governance/proposalTexts";
import { useProposalStates } from "../governance/useProposalStates";
import { useI18n } from "../i18n/I18nProvider";
import { LoadState } from "../ui/LoadState";
import { useChainNow } from "../ui/useChainNow";
import { usePageTitle } from "../ui/usePageTitle";
import { GovernanceQueue } from "./GovernanceQueue";
import { MilestoneGrantCard } from "./milestones/MilestoneGrantCard";
import { grantFinished } from "./milestones/milestoneModel";
import { PayeeList } from "./payees/PayeeList";
import { PendingGrant } from "./pools/PendingGrant";
import { PoolSummary } from "./pools/PoolSummary";
import { useMilestones } from "./milestones/useMilestones";
import { usePayees } from "./payees/usePayees";
import { useFundOwnAccounts } from "./payees/useFundOwnAccounts";
import { usePools } from "./pools/usePools";

/**
 * The stewards' work in one place: passed grants to queue or execute, milestones to confirm or
 * release, micro-grants waiting for approval, payees to verify or renew. Every button says
 * what it will do in a sentence.
 */
export default function StewardsPage() {
  const { t } = useI18n();
  usePageTitle(t("stewards.title"));
  const now = useChainNow();
  const pools = usePools();
  const milestones = useMilestones();
  // Everyone the fund may pay through the stewards: their standing is shown, and missing ones are to verify.
  const history = useFundHistory();
  const { proposals } = useProposalStates();
  const undecidedActions = useMemo(() => {
    const texts = proposalsById(history.data);
    const undecided = proposals.filter((p) => ["Pending", "Active", "Succeeded", "Queued"].includes(p.state));
    return undecided.flatMap((p) => texts.get(p.id)?.actions ?? []);
  }, [proposals, history.data]);
  // The fund's own accounts (a round's escrow the proposal opens) are not payees to verify.
  const { own } = useFundOwnAccounts(undecidedActions);
  const named = useMemo(
    (): Address[] =>
      [
        ...pools.pools.flatMap((p) => p.grants.filter((g) => g.status === "Pending").map((g) => g.payee)),
        ...milestones.grants.map((g) => g.payee),
        ...payeesOf(undecidedActions),
      ].filter((a) => !own.has(a.toLowerCase())),
    [pools.pools, milestones.grants, undecidedActions, own],
  );
  const payees = usePayees(named);
  const pending = pools.pools.flatMap((pool) =>
    pool.grants.filter((g) => g.status === "Pending").map((grant) => ({ pool, grant })),
  );
  const openMilestones = milestones.grants.filter((g) => !grantFinished(g.milestones));
  const finishedMilestones = milestones.grants.filter((g) => grantFinished(g.milestones));
  const milestoneRoles = {
    isSteward: milestones.isSteward,
    isGuardian: milestones.isGuardian,
    vetoWindow: milestones.vetoWindow ?? 0,
    now: now ?? 0,
  };

  return (
    <div className="page stewards">
      <h1>{t("stewards.title")}</h1>
      <p>{t("stewards.intro")}</p>
      {now !== null && (
        <>
          <section aria-labelledby="governance-title">
            <h2 id="governance-title">{t("stewards.governance")}</h2>
            <GovernanceQueue now={now} />
          </section>

          <section aria-labelledby="milestones-title">
            <h2 id="milestones-title">{t("stewards.milestones")}</h2>
            <LoadState isLoading={milestones.isLoading} error={milestones.error} />
            {!milestones.isLoading && openMilestones.length === 0 && <p>{t("stewards.milestonesNone")}</p>}
            {openMilestones.map((g) => (
              <MilestoneGrantCard key={String(g.grantId)} grant={g} roles={milestoneRoles} />
            ))}
            {finishedMilestones.length > 0 && (
              <details className="finished-grants">
                <summary>{t("milestoneGrant.finished")}</summary>
                {finishedMilestones.map((g) => (
                  <MilestoneGrantCard key={String(g.grantId)} grant={g} roles={milestoneRoles} />
                ))}
              </details>
            )}
            <p>
              <Link to="/stewards/milestones/new">{t("stewards.newMilestoneGrant")}</Link>
            </p>
          </section>

          <section aria-labelledby="micro-title">
            <h2 id="micro-title">{t("stewards.microGrants")}</h2>
            <LoadState isLoading={pools.isLoading} error={pools.error} />
            {!pools.isLoading && pending.length === 0 && <p>{t("pool.pendingNone")}</p>}
            <ul className="pending-grants">
              {pending.map(({ pool, grant }) => (
                <PendingGrant key={`${pool.address}-${grant.id}`} pool={pool} grant={grant} showPool />
              ))}
            </ul>
          </section>

          <section aria-labelledby="pools-title">
            <h2 id="pools-title">{t("stewards.pools")}</h2>
            {!pools.isLoading && pools.pools.length === 0 && <p>{t("stewards.poolsNone")}</p>}
            <ul className="pools">
              {pools.pools.map((p) => (
                <PoolSummary key={p.address} pool={p} now={now} />
              ))}
            </ul>
            <p>
              <Link to="/stewards/pools/new">{t("stewards.newPool")}</Link>
            </p>
          </section>

          {payees.available && (
            <section aria-labelledby="payees-title">
              <h2 id="payees-title">{t("stewards.payees")}</h2>
              <LoadState isLoading={payees.isLoading} error={payees.error} />
              <PayeeList
                payees={payees.payees}
                isVerifier={payees.isVerifier}
                required={payees.verificationRequired}
                now={now}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
