import { useMemo } from "react";
import { Link } from "react-router";
import type { Address } from "viem";
import { useAccount, useReadContract } from "wagmi";
import { useBlockTimes } from "../history/useBlockTimes";
import { useFundHistory } from "../history/useFundHistory";
import { requireFund, votesContract } from "../config/contracts";
import { membershipAbi } from "@sdk/generated/pulje";
import { proposalsById } from "../governance/proposalTexts";
import { useProposalStates } from "../governance/useProposalStates";
import { useProposalTitle, type ProposalNaming } from "../governance/ProposalTitle";
import { useI18n } from "../i18n/I18nProvider";
import { useHolders } from "../membership/useHolders";
import { useMembers } from "../membership/useMembers";
import { OpenRoundsCard } from "../rounds/OpenRoundsCard";
import { StewardsCard } from "../stewards/StewardsCard";
import { assetInfo, useTreasury } from "../treasury/useTreasury";
import { useTreasuryShortfalls } from "../treasury/useTreasuryShortfalls";
import { payeesOf } from "../governance/ActionText";
import { usePayees } from "../stewards/payees/usePayees";
import { executeBlock } from "./executeBlock";
import { addressLabel } from "../ui/AddressText";
import { LoadState } from "../ui/LoadState";
import { TimeText } from "../ui/TimeText";
import { useChainNow } from "../ui/useChainNow";
import { usePageTitle } from "../ui/usePageTitle";

const LATEST = 6;

export function OverviewPage() {
  const i18n = useI18n();
  const { t, tn, amount } = i18n;
  usePageTitle(t("overview.title"));
  const fund = requireFund();
  const treasury = useTreasury();
  const history = useFundHistory();
  const { members } = useMembers();
  // A fund that votes by token counts its holders (the membership events are a membership's).
  const { holders } = useHolders();
  const { proposals } = useProposalStates();
  const now = useChainNow();
  const { address } = useAccount();
  const { data: votesNow } = useReadContract({
    ...votesContract(),
    functionName: "getVotes",
    args: [address ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: Boolean(address) },
  });
  const { data: isMember } = useReadContract({
    address: fund.contracts.membership ?? undefined,
    abi: membershipAbi,
    functionName: "isMember",
    args: [address ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: Boolean(address && fund.contracts.membership) },
  });

  const entries = useMemo(() => history.data ?? [], [history.data]);
  const money = entries
    .filter((e) => e.kind === "deposit" || e.kind === "payment")
    .slice(-LATEST)
    .reverse();
  const times = useBlockTimes(money.map((e) => e.block));
  const open = proposals.filter((p) => p.state === "Active");
  const texts = useMemo(() => proposalsById(entries), [entries]);

  // Proposals ready to be carried out: a payment the registry or the treasury would refuse is said so.
  const ready = useMemo(() => {
    if (now === null) return [];
    const eta = new Map(entries.flatMap((e) => (e.kind === "queue" ? [[e.proposalId, e.eta] as const] : [])));
    return proposals.flatMap((p) => {
      const created = texts.get(p.id);
      const at = eta.get(p.id);
      return p.state === "Queued" && created && at !== undefined && Number(at) <= now ? [created] : [];
    });
  }, [proposals, entries, texts, now]);
  const shortfalls = useTreasuryShortfalls(
    ready.map((p) => ({ id: p.proposalId, targets: p.targets, calldatas: p.calldatas })),
  );
  const payees = usePayees(ready.flatMap((p) => payeesOf(p.actions)));

  const todo = useMemo(() => {
    if (!address || now === null) return [];
    const mine = address.toLowerCase();
    const voted = new Set(
      entries
        .filter((e) => e.kind === "vote" && e.voter.toLowerCase() === mine)
        .map((e) => (e.kind === "vote" ? e.proposalId : 0n)),
    );
    // Each sentence gets the title once it is known (a permanent one, or the content service's).
    const items: { id: bigint; text: (title: string) => string; key: string; naming?: ProposalNaming }[] = [];
    for (const p of proposals) {
      const naming = texts.get(p.id);
      if (p.state === "Active" && !voted.has(p.id) && (votesNow ?? 0n) > 0n) {
        const extension = entries.filter((e) => e.kind === "extension" && e.proposalId === p.id).at(-1);
        const deadline =
          extension && extension.kind === "extension" ? extension.deadline : (texts.get(p.id)?.voteEnd ?? 0n);
        const relative = i18n.relative(deadline, now);
        items.push({
          id: p.id,
          key: `vote-${p.id}`,
          naming,
          text: (title) => t("overview.todo.vote", { title, relative }),
        });
      }
      if (p.state === "Succeeded")
        items.push({ id: p.id, key: `queue-${p.id}`, naming, text: (title) => t("overview.todo.queue", { title }) });
      const readyOne = ready.find((r) => r.proposalId === p.id);
      if (readyOne) {
        const block = executeBlock(readyOne.actions, shortfalls.shortOf(p.id), (payee) =>
          payees.available ? payees.standingOf(payee)?.mayBePaid : undefined,
        );
        const money = (asset: Address, value: bigint) => {
          const info = assetInfo(treasury.assets, asset);
          return amount(value, info.decimals, info.symbol);
        };
        items.push({
          id: p.id,
          key: `execute-${p.id}`,
          naming,
          text: (title) =>
            block?.kind === "payee"
              ? t("overview.todo.executePayee", { title, payee: addressLabel(block.payee) })
              : block?.kind === "treasury"
                ? t("overview.todo.executeShort", {
                    title,
                    available: money(block.shortfall.asset, block.shortfall.available),
                    needed: money(block.shortfall.asset, block.shortfall.needed),
                  })
                : t("overview.todo.execute", { title }),
        });
      }
    }
    return items;
  }, [address, now, entries, proposals, texts, votesNow, t, i18n, ready, shortfalls, payees, treasury.assets, amount]);

  return (
    <div className="page overview">
      <h1>{t("overview.title")}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="treasury-title">
          <h2 id="treasury-title">{t("overview.treasury")}</h2>
          <LoadState isLoading={treasury.isLoading} error={treasury.error} />
          <ul className="balances">
            {treasury.assets.map((a) => (
              <li key={a.address}>
                {amount(a.balance, a.decimals, a.symbol)}
                {a.reserved > 0n && (
                  <span className="muted">
                    {" "}
                    {t("overview.reserved", { amount: amount(a.reserved, a.decimals, a.symbol) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/treasury/deposit">{t("deposit.link")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">{t("overview.members")}</h2>
          <p>
            {fund.token
              ? tn("overview.holderCount", holders.length, { count: i18n.number(holders.length) })
              : tn("overview.memberCount", members.length, { count: i18n.number(members.length) })}
          </p>
          <p>
            <Link to="/proposals?state=Active">
              {tn("overview.openVoteCount", open.length, { count: i18n.number(open.length) })}
            </Link>
          </p>
        </section>
        {fund.contracts.roundFactory && <OpenRoundsCard />}
        {fund.contracts.poolFactory && <StewardsCard />}
      </div>

      <section aria-labelledby="todo-title">
        <h2 id="todo-title">{t("overview.todo")}</h2>
        {!address ? (
          <p>{t("overview.todo.connect")}</p>
        ) : (
          <ul className="todo">
            {fund.contracts.membership && isMember === false && (
              <li>
                {fund.registrarContact
                  ? t("overview.todo.join", { contact: fund.registrarContact })
                  : t("overview.todo.joinNoContact")}
              </li>
            )}
            {todo.map((item) => (
              <li key={item.key}>
                <TodoLink id={item.id} naming={item.naming} sentence={item.text} />
              </li>
            ))}
            {todo.length === 0 && isMember !== false && <li>{t("overview.todo.nothing")}</li>}
          </ul>
        )}
      </section>

      <section aria-labelledby="money-title">
        <h2 id="money-title">{t("overview.latestMoney")}</h2>
        <LoadState isLoading={history.isLoading} error={history.error} />
        {money.length === 0 && !history.isLoading ? (
          <p>{t("overview.noMoney")}</p>
        ) : (
          <ul className="money">
            {money.map((e) => {
              if (e.kind !== "deposit" && e.kind !== "payment") return null;
              const info = assetInfo(treasury.assets, e.asset);
              const value = amount(e.amount, info.decimals, info.symbol);
              return (
                <li key={`${e.tx}-${e.logIndex}`}>
                  {e.kind === "deposit"
                    ? t("overview.deposit", { from: addressLabel(e.from), amount: value })
                    : t("overview.payment", { to: addressLabel(e.to), amount: value })}
                  {times.time(e.block) !== null && now !== null && (
                    <>
                      {" — "}
                      <TimeText at={times.time(e.block)!} now={now} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

/** A to-do line naming its proposal by title (looked up here), or by number until it is known. */
function TodoLink({
  id,
  naming,
  sentence,
}: {
  id: bigint;
  naming: ProposalNaming | undefined;
  sentence: (title: string) => string;
}) {
  const title = useProposalTitle(naming);
  return <Link to={`/proposals/${id}`}>{sentence(title || `#${id}`)}</Link>;
}
