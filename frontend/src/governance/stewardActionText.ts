import { decodeFunctionData, type Address, type Hex } from "viem";
import type { DecodedAction } from "@sdk/history/actions";
import { FUND } from "../config/deployment";
import {
  milestoneGrantsAbi,
  payeeRegistryAbi,
  stewardPoolAbi,
  stewardPoolFactoryAbi,
  treasuryAbi,
} from "@sdk/generated/pulje";
import type { I18n } from "../i18n/I18nProvider";
import { POOL_KINDS } from "../stewards/stewardModel";
import { assetInfo, type AssetBalance } from "../treasury/useTreasury";
import { addressLabel } from "../ui/AddressText";

type Call = Extract<DecodedAction, { kind: "call" }>;

const same = (a: string | null | undefined, b: string) => Boolean(a) && a!.toLowerCase() === b.toLowerCase();

/** Decodes `data` with `abi`, or null when it is not one of its functions. */
function decode<const A extends Parameters<typeof decodeFunctionData>[0]["abi"]>(abi: A, data: Hex) {
  try {
    return decodeFunctionData({ abi, data });
  } catch {
    return null;
  }
}

/**
 * The stewards' governance actions in words: creating, funding, re-staffing and closing
 * pools, milestone grants and their cancellation, and the payee rule. `poolNames` names pools
 * that exist (a pool being created is named in its own action). Null for any other call.
 */
export function describeStewardCall(
  action: Call,
  i18n: I18n,
  assets: readonly AssetBalance[],
  poolNames: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (!FUND || action.value !== 0n) return null;
  const { t, amount, dateTime } = i18n;
  const money = (asset: Address, value: bigint) => {
    const info = assetInfo(assets, asset);
    return amount(value, info.decimals, info.symbol);
  };
  const name = (address: Address) => {
    const pool = poolNames.get(address.toLowerCase());
    return pool ? `“${pool}” (${addressLabel(address)})` : addressLabel(address);
  };
  const c = FUND.contracts;

  if (same(c.poolFactory, action.target)) {
    const d = decode(stewardPoolFactoryAbi, action.data);
    if (d?.functionName !== "createPool") return null;
    const p = d.args[1];
    return t("action.createPool", {
      kind: t(`pool.kind.${POOL_KINDS[p.kind] ?? "QuickPool"}`).toLowerCase(),
      // The pool's name is a text its proposer wrote; the action holds only its commitment.
      name: t("texts.commitment", { commitment: `${p.text.slice(0, 10)}…` }),
      symbol: assetInfo(assets, p.token).symbol,
      cap: money(p.token, p.capPerGrant),
      endsAt: dateTime(p.endsAt),
      threshold: p.threshold,
      committee: p.committee.map((m) => addressLabel(m)).join(", "),
    });
  }
  if (same(c.treasury, action.target)) {
    const d = decode(treasuryAbi, action.data);
    if (d?.functionName === "setAllowance" || d?.functionName === "increaseAllowance") {
      const [spender, token, value] = d.args;
      return t(d.functionName === "setAllowance" ? "action.setAllowance" : "action.increaseAllowance", {
        amount: money(token, value),
        spender: name(spender),
      });
    }
    return null;
  }
  if (same(c.milestoneGrants, action.target)) {
    const d = decode(milestoneGrantsAbi, action.data);
    if (d?.functionName === "createGrant") {
      const [payee, token, amounts, descriptions, title] = d.args;
      // Title and descriptions are texts in the content service: the action holds their commitments.
      const label = (commitment: string) => t("texts.commitment", { commitment: `${commitment.slice(0, 10)}…` });
      return t("action.createMilestoneGrant", {
        title: label(title),
        total: money(
          token,
          amounts.reduce((sum, a) => sum + a, 0n),
        ),
        payee: addressLabel(payee),
        milestones: amounts.map((a, i) => `${i + 1}. ${label(descriptions[i] ?? "")} (${money(token, a)})`).join("; "),
      });
    }
    if (d?.functionName === "cancelRest") return t("action.cancelRest", { id: String(d.args[0]) });
    return null;
  }
  if (same(c.payeeRegistry, action.target)) {
    const d = decode(payeeRegistryAbi, action.data);
    if (d?.functionName === "setVerificationRequired")
      return t(d.args[0] ? "action.requireVerified" : "action.stopRequiringVerified");
    if (d?.functionName === "setFundAccount")
      return t(d.args[1] ? "action.setFundAccount" : "action.unsetFundAccount", { account: addressLabel(d.args[0]) });
    return null;
  }
  // Any other target may be a pool: its committee and closing are the only governance calls.
  const d = decode(stewardPoolAbi, action.data);
  if (d?.functionName === "setCommittee")
    return t("action.setCommittee", {
      committee: d.args[0].map((m) => addressLabel(m)).join(", "),
      threshold: d.args[1],
      pool: name(action.target),
    });
  if (d?.functionName === "close") return t("action.closePool", { pool: name(action.target) });
  return null;
}

/** The payee of a proposal's milestone grant, or null for any other call. */
export function milestonePayeeOf(action: Call): Address | null {
  if (!FUND || !same(FUND.contracts.milestoneGrants, action.target)) return null;
  const d = decode(milestoneGrantsAbi, action.data);
  return d?.functionName === "createGrant" ? d.args[0] : null;
}

/** The account a proposal's action marks as one of the fund's own (a round's escrow), or null. */
export function fundAccountMarkedBy(action: Call): Address | null {
  if (!FUND || !same(FUND.contracts.payeeRegistry, action.target)) return null;
  const d = decode(payeeRegistryAbi, action.data);
  return d?.functionName === "setFundAccount" && d.args[1] ? d.args[0] : null;
}
