import type { Address } from "viem";
import type { DecodedAction } from "@sdk/history/actions";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { FUND } from "../config/deployment";
import { useI18n, type I18n } from "../i18n/I18nProvider";
import { assetInfo, type AssetBalance } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";
import { FundAccountBadge, PayeeBadge } from "../stewards/payees/PayeeBadge";
import { useFundOwnAccounts } from "../stewards/payees/useFundOwnAccounts";
import { usePayees } from "../stewards/payees/usePayees";
import { majorityPhrase } from "./majorityText";
import { describeFeeFundCall } from "./feeFundActionText";
import { describeStewardCall, milestonePayeeOf } from "./stewardActionText";

/**
 * One decoded action as a sentence: "Pay 25,000 DKKT to Skovlunde Youth Club (0xab…cd)".
 * `poolNames` (lower-cased address → name) names the stewards' pools an action is about.
 */
export function describeAction(
  action: DecodedAction,
  i18n: I18n,
  assets: readonly AssetBalance[],
  poolNames?: ReadonlyMap<string, string>,
): string {
  const { t, amount, duration, number, percent } = i18n;
  const money = (asset: `0x${string}`, value: bigint) => {
    const info = assetInfo(assets, asset);
    return amount(value, info.decimals, info.symbol);
  };
  switch (action.kind) {
    case "pay":
      return t("action.pay", { amount: money(action.asset, action.amount), to: addressLabel(action.to) });
    case "rule": {
      const value =
        action.rule === "quorumPercent"
          ? percent(Number(action.value) / 100)
          : action.rule === "proposalThreshold"
            ? number(action.value)
            : duration(action.value);
      return t(`action.rule.${action.rule}`, { value });
    }
    case "majority":
      return t("action.majority", { majority: majorityPhrase(action.majority, i18n) });
    case "guardian":
      return action.guardian === ETH_ADDRESS
        ? t("action.guardianNone")
        : t("action.guardian", { guardian: addressLabel(action.guardian) });
    case "revokeMember":
      return t("action.revokeMember", { account: addressLabel(action.account) });
    case "addDistrict":
      return t("action.addDistrict", { name: action.name });
    case "openRound": {
      const districts = action.districts.map(
        (d, i) => `${FUND?.districts[d] ?? d}: ${money(action.asset, action.budgets[i])}`,
      );
      return t("action.openRound", {
        total: money(
          action.asset,
          action.budgets.reduce((sum, b) => sum + b, 0n),
        ),
        districts: districts.join("; "),
        ideasEnd: i18n.dateTime(action.ideasEnd),
        reviewEnd: i18n.dateTime(action.reviewEnd),
        votingEnd: i18n.dateTime(action.votingEnd),
        minPicks: action.minPicks,
        maxPicks: action.maxPicks,
        challenge: duration(action.challengeDelay),
        payout: duration(action.payoutWindow),
        perMember: action.maxIdeasPerMember,
        support: action.minApprovals,
      });
    }
    case "role":
      return t(action.change === "grant" ? "action.role.grant" : "action.role.revoke", {
        account: addressLabel(action.account),
        role: action.role.slice(0, 10),
        contract: t(`common.contract.${action.contract}`),
      });
    case "mint":
      // Voting tokens have 18 decimals: said in whole tokens with their symbol, "50 SKAP".
      return t("action.mint", {
        amount: amount(action.amount, 18, FUND?.token?.symbol ?? ""),
        to: addressLabel(action.to),
      });
    case "sendEth":
      return t("action.sendEth", { amount: amount(action.value, 18, "ETH"), to: addressLabel(action.to) });
    case "call": {
      const known = describeStewardCall(action, i18n, assets, poolNames) ?? describeFeeFundCall(action, i18n);
      if (known) return known;
      return action.functionName
        ? t("action.call", {
            function: action.functionName,
            target: addressLabel(action.target),
            value: amount(action.value, 18, "ETH"),
          })
        : t("action.callRaw", {
            target: addressLabel(action.target),
            data: `${action.data.slice(0, 18)}…`,
            value: amount(action.value, 18, "ETH"),
          });
    }
  }
}

/** The addresses a proposal's actions pay: treasury payments and milestone grants' payees. */
export function payeesOf(actions: readonly DecodedAction[]): Address[] {
  return actions.flatMap((a) => {
    if (a.kind === "pay") return [a.to];
    const payee = a.kind === "call" ? milestonePayeeOf(a) : null;
    return payee ? [payee] : [];
  });
}

/**
 * A proposal's actions in words. Next to each payment, the payee's standing with the registry;
 * when the fund requires verified payees and one is not, a warning says the payment will be
 * refused, before anyone votes. A payment to the fund's own account (the escrow of the round
 * the proposal opens, say) says so instead: there is no payee to verify.
 */
export function ActionList({
  actions,
  assets,
}: {
  actions: readonly DecodedAction[];
  assets: readonly AssetBalance[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // Pools' names are texts in the content service; an action names a pool by its address.
  const poolNames = new Map<string, string>();
  const { own, marked } = useFundOwnAccounts(actions);
  const payees = usePayees(payeesOf(actions).filter((a) => !own.has(a.toLowerCase())));
  return (
    <ol className="actions">
      {actions.map((action, i) => {
        const known =
          action.kind !== "call" ||
          (describeStewardCall(action, i18n, assets, poolNames) ?? describeFeeFundCall(action, i18n)) !== null;
        const payee = payeesOf([action])[0];
        const isOwn = payee !== undefined && own.has(payee.toLowerCase());
        const standing = payee && !isOwn && payees.available ? payees.standingOf(payee) : undefined;
        return (
          <li key={i} className={known ? undefined : "action-unknown"}>
            {describeAction(action, i18n, assets, poolNames)}
            {isOwn && (
              <>
                {" "}
                <FundAccountBadge />
                {payees.verificationRequired && !marked.has(payee.toLowerCase()) && (
                  <p className="warning" role="note">
                    {t("proposal.payee.ownUnmarked", { payee: addressLabel(payee) })}
                  </p>
                )}
              </>
            )}
            {standing && (
              <>
                {" "}
                <PayeeBadge standing={standing.standing} />
                {!standing.mayBePaid && (
                  <p className="warning" role="note">
                    {t("proposal.payee.blocked", { payee: addressLabel(payee) })}
                  </p>
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
