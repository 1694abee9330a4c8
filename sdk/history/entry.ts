import type { Address, Hex } from "viem";
import type { ContractKind, FundAddresses } from "../contracts/kinds";

/** What every ledger entry has: where its event is on chain and which contract emitted it. */
export interface EntryBase {
  block: bigint;
  logIndex: number;
  tx: Hex;
  /** Unix seconds of the block, when known. */
  timestamp: number | null;
  contract: ContractKind;
  /** The contract that emitted the event (for a budget round or a pool, the clone itself). */
  address: Address;
}

/** A decoded event's arguments by name. */
export type EventArgs = Record<string, unknown>;

/** What a decoder may need besides the event: its name, and the fund's contracts (to decode a proposal's actions). */
export interface DecodeContext {
  eventName: string;
  contracts: FundAddresses;
}

/** One domain's events: each event name with what its entry holds (the kind and its facts). */
export type EventDecoders<Body> = Record<string, (args: EventArgs, context: DecodeContext) => Body>;
