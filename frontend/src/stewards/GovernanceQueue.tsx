import { useMemo } from "react";
import { Link } from "react-router";
import { useAccount } from "wagmi";
import { useFundHistory } from "../history/useFundHistory";
import { describeAction } from "../governance/ActionText";
import { proposalsById } from "../governance/proposalTexts";
import { useGovernanceActions } from "../governance/useGovernanceActions";
import { useProposalStates } from "../governance/useProposalStates";
import { useProposalTitle, type ProposalNaming } from "../governance/ProposalTitle";
import { useI18n } from "../i18n/I18nProvider";
import { useTreasury } from "../treasury/useTreasury";
import { ConsequenceButton } from "./ConsequenceButton";

interface QueueItem {
  id: bigint;
  naming: ProposalNaming;
  step: "queue" | "execute";
  /** The proposal's actions in words. */
  what: string;
  ready: boolean;
  eta: number;
}

/**
 * Proposals that passed and wait for a step anyone may take: queueing in the timelock, then,
 * after its delay, executing. Each button says what the step will do.
 */
export function GovernanceQueue({ now }: { now: number }) {
  const i18n = useI18n();
  const { t, duration } = i18n;
  const { isConnected } = useAccount();
  const { proposals, rules } = useProposalStates();
  const history = useFundHistory();
  const { assets } = useTreasury();
  const actions = useGovernanceActions();
  const texts = useMemo(() => proposalsById(history.data), [history.data]);
  const items = proposals.flatMap((p): QueueItem[] => {
    const text = texts.get(p.id);
    if (!text) return [];
    const what = text.actions.map((a) => describeAction(a, i18n, assets)).join("; ");
    if (p.state === "Succeeded") return [{ id: p.id, naming: text, step: "queue", what, ready: true, eta: 0 }];
    if (p.state === "Queued") {
      const queued = history.data?.find((e) => e.kind === "queue" && e.proposalId === p.id);
      const eta = queued && queued.kind === "queue" ? Number(queued.eta) : 0;
      return [{ id: p.id, naming: text, step: "execute", what, ready: eta <= now, eta }];
    }
    return [];
  });
  if (items.length === 0) return <p>{t("stewards.governance.none")}</p>;
  return (
    <ul className="governance-queue">
      {items.map((item) => (
        <li key={String(item.id)}>
          <p>
            <QueueItemLink id={item.id} naming={item.naming} />
          </p>
          {item.step === "queue" ? (
            <ConsequenceButton
              // Named after its proposal: a list of "Queue" buttons says nothing out of context.
              label={t("tx.label.queue", { id: String(item.id) })}
              consequence={t("stewards.governance.queueConsequence", {
                delay: duration(rules?.timelockDelay ?? 0n),
                actions: item.what,
              })}
              disabled={!isConnected}
              onClick={() => actions.queue(item.id)}
            />
          ) : item.ready ? (
            <ConsequenceButton
              label={t("tx.label.execute", { id: String(item.id) })}
              consequence={t("stewards.governance.executeConsequence", { actions: item.what })}
              disabled={!isConnected}
              onClick={() => actions.execute(item.id)}
            />
          ) : (
            <p>{t("stewards.governance.waiting", { relative: i18n.relative(item.eta, now), actions: item.what })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

function QueueItemLink({ id, naming }: { id: bigint; naming: ProposalNaming }) {
  const { t } = useI18n();
  const title = useProposalTitle(naming);
  return <Link to={`/proposals/${id}`}>{t("stewards.governance.title", { id: String(id), title })}</Link>;
}
