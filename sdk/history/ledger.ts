import {
  decodeEventLog,
  getAddress,
  toEventSelector,
  type Abi,
  type AbiEvent,
  type Address,
  type Hex,
  type Log,
} from "viem";
import {
  abiOf,
  CONTRACT_KINDS,
  contractKinds,
  eventSelector,
  type ContractKind,
  type FundAddresses,
} from "../contracts/kinds";
import type { EntryBase, EventArgs } from "./entry";
import { EVENT_DECODERS, type LedgerBody } from "./kinds";

/** One line of a fund's history, rebuilt from an event. */
export type LedgerEntry = EntryBase & LedgerBody;

export type LedgerKind = LedgerEntry["kind"];

/**
 * The version of what buildLedger makes of an event. The audit's disk cache keeps decoded
 * entries under it: raise it whenever an entry's kind or fields change (in sdk/history/kinds or
 * in decodeAction), so entries cached by an older decoder are read again from the chain.
 */
export const LEDGER_VERSION = 6;

/** Events that only repeat what another event of the same transaction already says. */
const REDUNDANT = new Set([
  "membership:Transfer", // MemberAdded / MemberRevoked / MemberLeft say it with the district
  "membership:DelegateVotesChanged", // follows from DelegateChanged and memberships
  "token:DelegateVotesChanged",
  "timelock:CallScheduled", // ProposalQueued
  "timelock:CallExecuted", // ProposalExecuted
  "timelock:CallSalt",
  "poolFactory:PoolCreated", // the pool's own PoolOpened says it, with its mandate
]);

/**
 * Each contract's events by topic, built once: decoding with the one matching event is much
 * faster than letting the decoder search a whole ABI for every log (tens of thousands of votes).
 */
const EVENTS_BY_TOPIC = new Map<ContractKind, Map<Hex, Abi>>(
  CONTRACT_KINDS.map((kind) => [
    kind,
    new Map(
      abiOf(kind)
        .filter((item): item is AbiEvent => item.type === "event")
        .map((event) => [toEventSelector(event), [event]]),
    ),
  ]),
);

/** The factories' creation events; the first indexed argument of each is the new contract. */
const ROUND_CREATED = eventSelector("roundFactory", "RoundCreated");
const POOL_CREATED = eventSelector("poolFactory", "PoolCreated");

/**
 * Turns a fund's raw logs into ledger entries, in chain order. Each log is decoded with the
 * ABI of the contract that emitted it (an ERC-721 and an ERC-20 Transfer share a topic).
 * `timestamps` maps block numbers to block times where known.
 */
export function buildLedger(
  logs: readonly Log[],
  contracts: FundAddresses,
  timestamps: ReadonlyMap<bigint, number> = new Map(),
  rounds: readonly Address[] = roundCreations(logs, contracts).map((c) => c.round),
  pools: readonly Address[] = poolCreations(logs, contracts).map((c) => c.pool),
): LedgerEntry[] {
  const kinds = contractKinds(contracts, rounds, pools);
  const entries: LedgerEntry[] = [];
  for (const log of logs) {
    const contract = kinds.get(log.address.toLowerCase());
    if (!contract || log.blockNumber === null || log.logIndex === null || log.transactionHash === null) continue;
    let name: string;
    let args: EventArgs;
    const abi = log.topics[0] ? EVENTS_BY_TOPIC.get(contract)?.get(log.topics[0]) : undefined;
    if (!abi) continue; // not an event of this contract's ABI
    try {
      const decoded = decodeEventLog({ abi, data: log.data, topics: log.topics });
      name = decoded.eventName ?? "";
      args = (decoded.args ?? {}) as EventArgs;
    } catch {
      continue; // same topic, other indexing (e.g. an ERC-20 Transfer at an ERC-721)
    }
    if (REDUNDANT.has(`${contract}:${name}`)) continue;
    const base: EntryBase = {
      block: log.blockNumber,
      logIndex: log.logIndex,
      tx: log.transactionHash,
      timestamp: timestamps.get(log.blockNumber) ?? null,
      contract,
      address: checksummed(log.address),
    };
    const decode = EVENT_DECODERS[name];
    entries.push({ ...base, ...(decode ? decode(args, { eventName: name, contracts }) : { kind: "other", name }) });
  }
  return entries.sort((a, b) => (a.block === b.block ? a.logIndex - b.logIndex : a.block < b.block ? -1 : 1));
}

/** The contracts a factory created, and where, from its creation events. */
function creations(logs: readonly Log[], factory: Address | null | undefined, topic: Hex) {
  const at = factory?.toLowerCase();
  if (!at) return [];
  return logs
    .filter((l) => l.address.toLowerCase() === at && l.topics[0] === topic && l.topics[1] && l.blockNumber !== null)
    .map((l) => ({ address: getAddress(`0x${l.topics[1]!.slice(26)}`), block: l.blockNumber! }));
}

/** The budget rounds the fund's factory opened, and where, from its RoundCreated events. */
export function roundCreations(logs: readonly Log[], contracts: FundAddresses): { round: Address; block: bigint }[] {
  return creations(logs, contracts.roundFactory, ROUND_CREATED).map((c) => ({ round: c.address, block: c.block }));
}

/** The pools the fund's pool factory created, and where, from its PoolCreated events. */
export function poolCreations(logs: readonly Log[], contracts: FundAddresses): { pool: Address; block: bigint }[] {
  return creations(logs, contracts.poolFactory, POOL_CREATED).map((c) => ({ pool: c.address, block: c.block }));
}

/** Checksummed addresses, computed once each (a fund has a handful; its history, thousands of logs). */
const CHECKSUMMED = new Map<string, Address>();
function checksummed(address: string): Address {
  let known = CHECKSUMMED.get(address);
  if (!known) CHECKSUMMED.set(address, (known = getAddress(address)));
  return known;
}
