import { useState } from "react";
import { Link, useParams } from "react-router";
import { useAccount } from "wagmi";
import { CHAIN_ID } from "../config/deployment";
import { useBlockTimes } from "../history/useBlockTimes";
import { useI18n } from "../i18n/I18nProvider";
import { useTreasury } from "../treasury/useTreasury";
import { AddressText, addressLabel } from "../ui/AddressText";
import { LoadState } from "../ui/LoadState";
import { QuorumProgress } from "../ui/QuorumProgress";
import { StateBadge } from "../ui/StateBadge";
import { TimeText } from "../ui/TimeText";
import { useChainNow } from "../ui/useChainNow";
import { usePageTitle } from "../ui/usePageTitle";
import { useDraft } from "../ui/useDraft";
import { VoteBars } from "../ui/VoteBars";
import { CommittedText } from "../texts/CommittedText";
import { ProposalTitle, useProposalTitle } from "./ProposalTitle";
import { ActionList } from "./ActionText";
import { TreasuryShortNote } from "./TreasuryShortNote";
import { choiceOf, type ProposalState, type VoteChoice } from "@sdk/model/governance";
import { useGovernanceActions } from "./useGovernanceActions";
import { useProposal } from "./useProposal";
import { useVoteFormat } from "./useVoteFormat";
import { WithdrawProposal } from "./WithdrawProposal";
import { RoundText } from "../rounds/RoundText";
import { BusyButton } from "../ui/BusyButton";
import { ReadingPause } from "../ui/ReadingPause";
import { Explain } from "../ui/Explain";
import type { MessageKey } from "../i18n/messages/en";

/** The choices in the order the form offers them (For first); the governor numbers them differently. */
const CHOICES: readonly VoteChoice[] = ["for", "against", "abstain"];
const EMPTY_VOTE = { reason: "" };
/** The states in which a proposal may still be carried out: the treasury's money is checked in them. */
const UNDECIDED_OR_WAITING: ReadonlySet<ProposalState> = new Set(["Pending", "Active", "Succeeded", "Queued"]);

export default function ProposalPage() {
  const { id: idParam } = useParams();
  const id = /^\d+$/.test(idParam ?? "") ? BigInt(idParam!) : 0n;
  const i18n = useI18n();
  const { t } = i18n;
  const p = useProposal(id);
  const now = useChainNow();
  const format = useVoteFormat();
  const { assets } = useTreasury();
  const created = p.events.created;
  const times = useBlockTimes(
    [created, p.events.queued, p.events.executed, p.events.canceled].flatMap((e) => (e ? [e.block] : [])),
  );
  const at = (e: { block: bigint } | undefined) => (e ? (times.time(e.block) ?? 0) : 0);
  const title = useProposalTitle(created);
  usePageTitle(title || t("proposal.title", { id: String(id) }));

  if (p.error && !p.state) {
    return (
      <div className="page">
        <h1>{t("proposal.title", { id: String(id) })}</h1>
        <p role="alert">{t("proposal.notFound", { id: String(id) })}</p>
        <Link to="/proposals">{t("proposal.back")}</Link>
      </div>
    );
  }

  return (
    <article className="page proposal">
      <p>
        <Link to="/proposals">← {t("proposal.back")}</Link>
      </p>
      <h1>
        <span className="proposal-number">{t("proposal.title", { id: String(id) })}</span>{" "}
        <ProposalTitle naming={created} />
      </h1>
      <LoadState isLoading={p.isLoading} />
      {p.state && now !== null && (
        <p className="state-line">
          <StateBadge state={p.state} />{" "}
          <StateExplanation state={p.state} snapshot={p.snapshot} deadline={p.deadline} eta={p.eta} now={now} />
        </p>
      )}
      {(p.state === "Succeeded" || p.state === "Queued") && <Explain term="waitingPeriod" />}

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t("proposal.actions")}</h2>
        {created && <ActionList actions={created.actions} assets={assets} />}
        {created && p.state && UNDECIDED_OR_WAITING.has(p.state) && (
          <TreasuryShortNote proposal={{ id, targets: created.targets, calldatas: created.calldatas }} />
        )}
      </section>

      {created && (created.text || created.publicTitle) && (
        <section aria-labelledby="description-title">
          <h2 id="description-title">{t("proposal.description")}</h2>
          {created.publicTitle && <p className="note">{t("proposal.publicTitleNote")}</p>}
          <RoundText text={created.text} heading="h3" />
        </section>
      )}

      <section aria-labelledby="results-title">
        <h2 id="results-title">{t("proposal.results")}</h2>
        {p.votes && p.quorum !== undefined && (
          <QuorumProgress counted={p.votes.for + p.votes.abstain} quorum={p.quorum} format={format} />
        )}
        <Explain term="quorum" />
        {p.state === "Active" && p.votes && p.quorum !== undefined && p.votes.for + p.votes.abstain < p.quorum && (
          <p className="warning">
            {t("proposal.lowQuorum", { votes: format(p.votes.for + p.votes.abstain), quorum: format(p.quorum) })}
          </p>
        )}
        {p.votes && <VoteBars votes={p.votes} format={format} />}
      </section>

      <VotePanel id={id} proposal={p} />
      <LifecycleButtons id={id} proposal={p} now={now} />
      <WithdrawProposal id={id} state={p.state} proposer={p.proposer} />

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("proposal.timeline")}</h2>
        {now !== null && created && (
          <ol className="timeline">
            <li>
              {t("proposal.timeline.created", { proposer: addressLabel(created.proposer) })} —{" "}
              <TimeText at={at(created)} now={now} />
            </li>
            <li>
              {t(
                pastOrFuture(
                  p.snapshot ?? created.voteStart,
                  now,
                  "proposal.timeline.opened",
                  "proposal.timeline.opens",
                ),
              )}{" "}
              — <TimeText at={p.snapshot ?? created.voteStart} now={now} />
            </li>
            {p.events.extended && (
              <li>
                {t("proposal.timeline.extended")} — <TimeText at={p.events.extended.deadline} now={now} />
              </li>
            )}
            <li>
              {t(
                pastOrFuture(
                  p.deadline ?? created.voteEnd,
                  now,
                  "proposal.timeline.closed",
                  "proposal.timeline.closes",
                ),
              )}{" "}
              — <TimeText at={p.deadline ?? created.voteEnd} now={now} />
            </li>
            {p.events.queued && (
              <>
                <li>
                  {t("proposal.timeline.queued")} — <TimeText at={at(p.events.queued)} now={now} />
                </li>
                <li>
                  {t(
                    pastOrFuture(
                      p.events.queued.eta,
                      now,
                      "proposal.timeline.executableSince",
                      "proposal.timeline.executable",
                    ),
                  )}{" "}
                  — <TimeText at={p.events.queued.eta} now={now} />
                </li>
              </>
            )}
            {p.events.executed && (
              <li>
                {t("proposal.timeline.executed")} — <TimeText at={at(p.events.executed)} now={now} />
              </li>
            )}
            {p.events.canceled && (
              <li>
                {t("proposal.timeline.canceled")} — <TimeText at={at(p.events.canceled)} now={now} />
              </li>
            )}
          </ol>
        )}
      </section>

      {p.events.votes.length > 0 && (
        <section aria-labelledby="voters-title">
          <h2 id="voters-title">{t("proposal.votesList")}</h2>
          <ul className="voters">
            {p.events.votes.map((v) => (
              <li key={`${v.tx}-${v.logIndex}`}>
                <AddressText address={v.voter} />: {t(`vote.${choiceOf(v.support)}`)} ({format(v.weight)})
                {v.reason && (
                  <>
                    <ReadingPause />
                    <CommittedText commitment={v.reason} inline render={(fields) => <q>{fields.reason}</q>} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

type Proposal = ReturnType<typeof useProposal>;

/** A timeline step in the tense its time calls for: "Voting opened — 2 hours ago", "Voting opens — in 3 days". */
function pastOrFuture<K extends MessageKey>(at: bigint | number, now: number, past: K, future: K): K {
  return Number(at) <= now ? past : future;
}

function StateExplanation({
  state,
  snapshot,
  deadline,
  eta,
  now,
}: {
  state: NonNullable<Proposal["state"]>;
  snapshot?: bigint;
  deadline?: bigint;
  eta?: bigint;
  now: number;
}) {
  const { t } = useI18n();
  if (state === "Pending" && snapshot !== undefined)
    return <RelativeSentence template={t("state.explain.Pending", { relative: "\u0000" })} at={snapshot} now={now} />;
  if (state === "Active" && deadline !== undefined)
    return <RelativeSentence template={t("state.explain.Active", { relative: "\u0000" })} at={deadline} now={now} />;
  if (state === "Queued" && eta !== undefined) {
    if (Number(eta) <= now) return <span>{t("state.explain.QueuedReady")}</span>;
    return <RelativeSentence template={t("state.explain.Queued", { relative: "\u0000" })} at={eta} now={now} />;
  }
  return <span>{t(`state.explain.${state}`)}</span>;
}

/** A translated sentence with a relative time inside it, keeping the exact time accessible. */
function RelativeSentence({ template, at, now }: { template: string; at: bigint; now: number }) {
  const [before, after] = template.split("\u0000");
  return (
    <span>
      {before}
      <TimeText at={at} now={now} />
      {after}
    </span>
  );
}

function VotePanel({ id, proposal }: { id: bigint; proposal: Proposal }) {
  const { t } = useI18n();
  const { isConnected } = useAccount();
  const { castVote } = useGovernanceActions();
  const format = useVoteFormat();
  const [choice, setChoice] = useState<VoteChoice | null>(null);
  const { draft, update, clear } = useDraft<{ reason: string }>(`pulje.draft.vote.${CHAIN_ID}.${id}`, EMPTY_VOTE);
  const reason = draft.reason;
  const setReason = (value: string) => update("reason", value);
  const [busy, setBusy] = useState(false);

  if (proposal.myVote) {
    return (
      <section aria-labelledby="your-vote-title">
        <h2 id="your-vote-title">{t("proposal.yourVote")}</h2>
        <p>{t("proposal.voted", { choice: t(`vote.${choiceOf(proposal.myVote.support)}`) })}</p>
      </section>
    );
  }
  if (proposal.state !== "Active" || !isConnected) return null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!choice) return;
    setBusy(true);
    const outcome = await castVote(id, choice, reason);
    setBusy(false);
    if (outcome.ok) clear();
  };

  return (
    <section aria-labelledby="your-vote-title">
      <h2 id="your-vote-title">{t("proposal.yourVote")}</h2>
      {proposal.power !== undefined && <p>{t("proposal.yourPower", { power: format(proposal.power) })}</p>}
      {proposal.power === 0n ? (
        <p>{t("proposal.noPower")}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="vote-form">
          <fieldset>
            <legend>{t("proposal.choose")}</legend>
            {CHOICES.map((c) => (
              <label key={c} className="radio">
                <input type="radio" name="choice" value={c} checked={choice === c} onChange={() => setChoice(c)} />
                {t(`vote.${c}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span>{t("proposal.reason")}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} />
          </label>
          <BusyButton type="submit" busy={busy} disabled={!choice}>
            {t("proposal.castVote")}
          </BusyButton>
        </form>
      )}
    </section>
  );
}

function LifecycleButtons({ id, proposal, now }: { id: bigint; proposal: Proposal; now: number | null }) {
  const { t } = useI18n();
  const { address, isConnected } = useAccount();
  const actions = useGovernanceActions();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };
  const isGuardian = Boolean(address && proposal.guardian && address.toLowerCase() === proposal.guardian.toLowerCase());
  const cancellable =
    proposal.state === "Pending" ||
    proposal.state === "Active" ||
    proposal.state === "Succeeded" ||
    proposal.state === "Queued";
  const ready = proposal.eta !== undefined && now !== null && Number(proposal.eta) <= now;
  if (!isConnected) return null;
  return (
    <div className="lifecycle">
      {proposal.state === "Succeeded" && (
        <BusyButton busy={busy} onClick={() => void run(() => actions.queue(id))}>
          {t("proposal.queue")}
        </BusyButton>
      )}
      {proposal.state === "Queued" && (
        <>
          <BusyButton busy={busy} disabled={!ready} onClick={() => void run(() => actions.execute(id))}>
            {t("proposal.execute")}
          </BusyButton>
          {!ready && proposal.eta !== undefined && now !== null && (
            <span className="countdown">
              {" "}
              <RelativeSentence
                template={t("proposal.executableIn", { relative: "\u0000" })}
                at={proposal.eta}
                now={now}
              />
            </span>
          )}
        </>
      )}
      {isGuardian && cancellable && (
        <BusyButton className="danger" busy={busy} onClick={() => void run(() => actions.cancel(id))}>
          {t("proposal.cancel")}
        </BusyButton>
      )}
    </div>
  );
}
