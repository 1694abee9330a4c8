import { decodeEventLog, getAbiItem, type Address, type Hex, type Log, type PublicClient } from "viem";
import { entryPoint08Abi, entryPoint08Address } from "viem/account-abstraction";
import { fundPaymasterAbi } from "../generated/pulje";
import { getLogsInRanges, type LogRangeOptions } from "./logs";

/**
 * The gas fund: the paymaster's deposit at the EntryPoint, which pays members' sponsored
 * operations. Its money is followed like every other account's: what went in (the paymaster's
 * Funded events, e.g. the treasury's top-ups), what the EntryPoint charged for each operation the
 * paymaster sponsored (its UserOperationEvent, `actualGasCost`), what the members took back
 * (Withdrawn), against what the EntryPoint holds for it.
 */
export interface GasFundEvents {
  deposits: { from: Address; amount: bigint; tx: Hex }[];
  withdrawals: { to: Address; amount: bigint; tx: Hex }[];
  /** Every operation the EntryPoint charged to the paymaster. */
  operations: { userOpHash: Hex; sender: Address; success: boolean; actualGasCost: bigint; tx: Hex }[];
  /** The paymaster's own Sponsored events (one per operation whose postOp ran). */
  sponsored: number;
}

export interface GasFundReconciliation {
  paymaster: Address;
  deposited: bigint;
  /** What the EntryPoint charged for the paymaster's operations. */
  spent: bigint;
  withdrawn: bigint;
  /** deposited − spent − withdrawn. */
  explained: bigint;
  /** The paymaster's deposit at the EntryPoint (`balanceOf(paymaster)`). */
  balance: bigint;
  /** balance − explained: money deposited for it without a Funded event when positive. */
  unexplained: bigint;
  operations: number;
  sponsored: number;
}

const USER_OPERATION_EVENT = getAbiItem({ abi: entryPoint08Abi, name: "UserOperationEvent" });

/** The one read the gas fund needs: a public client, or viem's `getLogs` action on a bare one. */
export type GasFundLogClient = Pick<PublicClient, "getLogs">;

/** Reads the gas fund's events between two blocks, in ranges the node accepts. */
export async function readGasFundEvents(
  client: GasFundLogClient,
  paymaster: Address,
  options: Pick<LogRangeOptions, "fromBlock" | "toBlock">,
): Promise<GasFundEvents> {
  const own = await getLogsInRanges(client, [paymaster], options);
  // Only the EntryPoint's operations paid by this paymaster (the topic filter): the EntryPoint
  // serves every account on the chain.
  const charged = await getLogsInRanges(
    {
      getLogs: (range) =>
        // viem's types lose the event's indexed arguments through the spread; the filter is right.
        client.getLogs({ ...range, event: USER_OPERATION_EVENT, args: { paymaster } } as never) as Promise<Log[]>,
    },
    [entryPoint08Address],
    options,
  );
  return gasFundEvents(own, charged);
}

/** Decodes the paymaster's own logs and the EntryPoint's UserOperationEvents naming it. */
export function gasFundEvents(own: readonly Log[], charged: readonly Log[]): GasFundEvents {
  const events: GasFundEvents = { deposits: [], withdrawals: [], operations: [], sponsored: 0 };
  for (const log of own) {
    let decoded;
    try {
      decoded = decodeEventLog({ abi: fundPaymasterAbi, data: log.data, topics: log.topics });
    } catch {
      continue; // not one of the paymaster's events
    }
    const tx = log.transactionHash!;
    if (decoded.eventName === "Funded") events.deposits.push({ ...decoded.args, tx });
    if (decoded.eventName === "Withdrawn") events.withdrawals.push({ ...decoded.args, tx });
    if (decoded.eventName === "Sponsored") events.sponsored++;
  }
  for (const log of charged) {
    const { args } = decodeEventLog({ abi: [USER_OPERATION_EVENT], data: log.data, topics: log.topics });
    const { userOpHash, sender, success, actualGasCost } = args;
    events.operations.push({ userOpHash, sender, success, actualGasCost, tx: log.transactionHash! });
  }
  return events;
}

/** deposited − spent − withdrawn next to the deposit the EntryPoint holds. */
export function reconcileGasFund(paymaster: Address, events: GasFundEvents, balance: bigint): GasFundReconciliation {
  const sum = (amounts: bigint[]) => amounts.reduce((a, b) => a + b, 0n);
  const deposited = sum(events.deposits.map((d) => d.amount));
  const spent = sum(events.operations.map((o) => o.actualGasCost));
  const withdrawn = sum(events.withdrawals.map((w) => w.amount));
  const explained = deposited - spent - withdrawn;
  return {
    paymaster,
    deposited,
    spent,
    withdrawn,
    explained,
    balance,
    unexplained: balance - explained,
    operations: events.operations.length,
    sponsored: events.sponsored,
  };
}
