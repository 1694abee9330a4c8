import { useQuery } from "@tanstack/react-query";
import { getAbiItem, zeroAddress, type Address } from "viem";
import { getLogs } from "viem/actions";
import { useClient, useReadContracts } from "wagmi";
import { ABIS } from "@sdk/contracts/kinds";
import { CHAIN_ID, FUND } from "../config/deployment";

/** A holder of the voting token, with what they hold and whose votes they cast. */
export interface Holder {
  account: Address;
  balance: bigint;
  /** The votes they cast: their own tokens' unless given away, plus those given to them. */
  votes: bigint | null;
  /** Who votes with their tokens (themself unless they delegated). */
  delegate: Address | null;
}

export interface Transfer {
  from: Address;
  to: Address;
  value: bigint;
}

const TRANSFER = getAbiItem({ abi: ABIS.token, name: "Transfer" });

/**
 * Balances rebuilt from the token's transfers in order (a mint comes from the zero address),
 * every account that holds some, largest first; equal holdings by address.
 */
export function balancesFrom(transfers: readonly Transfer[]): { account: Address; balance: bigint }[] {
  const balances = new Map<string, { account: Address; balance: bigint }>();
  const move = (account: Address, delta: bigint) => {
    if (account === zeroAddress) return;
    const key = account.toLowerCase();
    const entry = balances.get(key) ?? { account, balance: 0n };
    balances.set(key, { account: entry.account, balance: entry.balance + delta });
  };
  for (const t of transfers) {
    move(t.from, -t.value);
    move(t.to, t.value);
  }
  return [...balances.values()]
    .filter((h) => h.balance > 0n)
    .sort((a, b) => (a.balance === b.balance ? a.account.localeCompare(b.account) : a.balance > b.balance ? -1 : 1));
}

/**
 * The token's holders (a fund that votes by token): balances from its Transfer events since
 * the fund was deployed, then each holder's votes and delegate read now, in one batch.
 */
export function useHolders() {
  // viem's tree-shakable action on the bare client: usePublicClient would bring every public
  // action into the first download (the Overview page counts the holders).
  const client = useClient();
  const token = FUND?.contracts.token ?? null;
  const transfers = useQuery({
    queryKey: ["holders", CHAIN_ID, token],
    queryFn: async (): Promise<Transfer[]> => {
      const logs = await getLogs(client!, {
        address: token!,
        event: TRANSFER,
        fromBlock: BigInt(FUND!.deploymentBlock),
        toBlock: "latest",
      });
      return logs.map((l) => ({ from: l.args.from!, to: l.args.to!, value: l.args.value! }));
    },
    enabled: Boolean(client && token),
    refetchInterval: 15_000,
  });
  const balances = transfers.data ? balancesFrom(transfers.data) : [];
  const reads = useReadContracts({
    allowFailure: false,
    contracts: balances.flatMap((h) => [
      { address: token!, abi: ABIS.token, functionName: "getVotes", args: [h.account] } as const,
      { address: token!, abi: ABIS.token, functionName: "delegates", args: [h.account] } as const,
    ]),
    query: { enabled: balances.length > 0 },
  });
  const holders: Holder[] = balances.map((h, i) => ({
    ...h,
    votes: (reads.data?.[i * 2] as bigint | undefined) ?? null,
    delegate: (reads.data?.[i * 2 + 1] as Address | undefined) ?? null,
  }));
  const supply = balances.reduce((sum, h) => sum + h.balance, 0n);
  return { holders, supply, isLoading: transfers.isLoading || reads.isLoading, error: transfers.error ?? reads.error };
}
