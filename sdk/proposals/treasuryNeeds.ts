import { decodeFunctionData, type Address, type Hex } from "viem";
import { ABIS } from "../contracts/kinds";

/**
 * What a proposal asks of the treasury's unreserved money, checked before anyone votes: a
 * proposal that passes but finds too little there cannot be carried out (the treasury refuses
 * with TreasuryInsufficientBalance), and the members learn it only when it is too late.
 */

/** What a proposal's actions take from the treasury's unreserved money in one asset. */
export interface TreasuryNeed {
  /** ETH (the zero address) or an ERC-20 address. */
  asset: Address;
  /** In the asset's smallest unit. */
  needed: bigint;
}

/** A need the treasury cannot meet now: `available` is what it has that is not reserved. */
export interface TreasuryShortfall extends TreasuryNeed {
  available: bigint;
}

/** A proposal's calls, as built (ProposalActions) or as read from its ProposalCreated event. */
export interface ProposalCalls {
  readonly targets: readonly Address[];
  readonly calldatas: readonly Hex[];
}

/** The treasury's two views the check reads, through whatever client the caller has (viem, ethers). */
export interface TreasuryReader {
  /** The treasury's `available(token)`: its balance less what spenders have reserved. */
  available(asset: Address): Promise<bigint>;
  /** The treasury's `allowanceOf(spender, token)`. */
  allowanceOf(spender: Address, asset: Address): Promise<bigint>;
}

/** One treasury call of a proposal that takes unreserved money, as decoded. */
type MoneyCall =
  | { kind: "pay"; asset: Address; amount: bigint }
  | { kind: "increaseAllowance"; asset: Address; spender: Address; amount: bigint }
  | { kind: "setAllowance"; asset: Address; spender: Address; amount: bigint };

const allowanceKey = (spender: Address, asset: Address) => `${spender.toLowerCase()}:${asset.toLowerCase()}`;

/**
 * The proposal's calls to the treasury that take unreserved money, in order: `pay` (a grant, a
 * round's budget into its escrow) and the reservations for a spender (`setAllowance` for a new
 * pool, `increaseAllowance` for a top-up or a milestone grant). Calls that free money (a pool
 * closed, a milestone grant cancelled) are not counted: the check never promises more than is there.
 */
function moneyCalls(actions: ProposalCalls, treasury: Address): MoneyCall[] {
  return actions.targets.flatMap((target, i): MoneyCall[] => {
    if (target.toLowerCase() !== treasury.toLowerCase()) return [];
    let call;
    try {
      call = decodeFunctionData({ abi: ABIS.treasury, data: actions.calldatas[i] });
    } catch {
      return [];
    }
    switch (call.functionName) {
      case "pay": {
        const [asset, , amount] = call.args;
        return [{ kind: "pay", asset, amount }];
      }
      case "increaseAllowance":
      case "setAllowance": {
        const [spender, asset, amount] = call.args;
        return [{ kind: call.functionName, asset, spender, amount }];
      }
      default:
        return [];
    }
  });
}

/**
 * What the actions need from the treasury's unreserved money per asset, in order of first
 * mention, when carried out one after the other as the timelock does: a payment needs its amount;
 * a top-up its amount; setting an allowance only what it adds to the spender's allowance before
 * it (`allowances`: the current ones, keyed by `spender:asset` in lower case; a new pool has none).
 * Assets the actions need nothing of are left out.
 */
export function treasuryNeeds(
  actions: ProposalCalls,
  treasury: Address,
  allowances: ReadonlyMap<string, bigint> = new Map(),
): TreasuryNeed[] {
  const needed = new Map<string, TreasuryNeed>();
  const allowance = new Map(allowances);
  for (const call of moneyCalls(actions, treasury)) {
    let amount = call.amount;
    if (call.kind !== "pay") {
      const key = allowanceKey(call.spender, call.asset);
      const before = allowance.get(key) ?? 0n;
      const after = call.kind === "setAllowance" ? call.amount : before + call.amount;
      allowance.set(key, after);
      amount = after > before ? after - before : 0n;
    }
    if (amount === 0n) continue;
    const key = call.asset.toLowerCase();
    const need = needed.get(key) ?? { asset: call.asset, needed: 0n };
    needed.set(key, { ...need, needed: need.needed + amount });
  }
  return [...needed.values()];
}

/**
 * The assets a proposal needs more of than the treasury has unreserved now, each with what it
 * needs and what is available (empty when the treasury can pay it all). Reads the allowances the
 * proposal sets, then `available` of each asset it needs.
 */
export async function treasuryShortfalls(
  actions: ProposalCalls,
  treasury: Address,
  read: TreasuryReader,
): Promise<TreasuryShortfall[]> {
  const set = moneyCalls(actions, treasury).filter((c) => c.kind === "setAllowance");
  const allowances = new Map(
    await Promise.all(
      set.map(async (c) => [allowanceKey(c.spender, c.asset), await read.allowanceOf(c.spender, c.asset)] as const),
    ),
  );
  const needs = treasuryNeeds(actions, treasury, allowances);
  const available = await Promise.all(needs.map((n) => read.available(n.asset)));
  return needs.map((n, i) => ({ ...n, available: available[i] })).filter((n) => n.needed > n.available);
}
