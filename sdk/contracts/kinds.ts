import { toEventSelector, type Abi, type AbiEvent, type Address, type Hex } from "viem";
import { fundAbis } from "../generated/pulje";
import {
  CREATORS,
  FUND_CONTRACTS,
  type ContractKind,
  type CreatedKind,
  type FundContractKind,
  type OptionalKind,
  type RequiredKind,
} from "./list";

export type { ContractKind } from "./list";

/** Each contract of a fund with its ABI (generated from FUND_CONTRACTS). */
export const ABIS = fundAbis;

/** The addresses a deployment records: every contract always deployed, and the mode-dependent ones or null. */
export type FundAddresses<A = Address> = { [K in RequiredKind]: A } & { [K in OptionalKind]: A | null };

/** Every kind of contract whose events make up a fund's history. */
export const CONTRACT_KINDS = (Object.keys(FUND_CONTRACTS) as FundContractKind[]).filter(
  (kind): kind is ContractKind => FUND_CONTRACTS[kind].events,
);

/** Those of them at an address the deployment records (the rest are clones a factory creates). */
const RECORDED_KINDS = CONTRACT_KINDS.filter((kind): kind is Exclude<ContractKind, CreatedKind> => !(kind in CREATORS));

/** The ABI of a kind, widened: for decoding any log or call the kind's contract may see. */
export const abiOf = (kind: FundContractKind): Abi => ABIS[kind];

/** The topic of one event of a kind's ABI. */
export function eventSelector(kind: ContractKind, name: string): Hex {
  const event = abiOf(kind).find((item): item is AbiEvent => item.type === "event" && item.name === name);
  if (!event) throw new Error(`${kind} has no event ${name}`);
  return toEventSelector(event);
}

/**
 * The fund's contract addresses with their kinds (lower-cased keys): the deployed ones, and the
 * budget rounds and pools found since (each created by its factory, at an address the
 * deployment could not know).
 */
export function contractKinds(
  contracts: FundAddresses,
  rounds: readonly Address[] = [],
  pools: readonly Address[] = [],
): Map<string, ContractKind> {
  const kinds = new Map<string, ContractKind>();
  for (const kind of RECORDED_KINDS) {
    const address = contracts[kind];
    if (address) kinds.set(address.toLowerCase(), kind);
  }
  for (const round of rounds) kinds.set(round.toLowerCase(), "round");
  for (const pool of pools) kinds.set(pool.toLowerCase(), "pool");
  return kinds;
}

/**
 * Which of the fund's contracts `address` is, the paymaster included: it records no events the
 * history reads, so `contractKinds` leaves it out, but proposals call it.
 */
export function fundContractAt(contracts: FundAddresses, address: Address): FundContractKind | null {
  const lower = address.toLowerCase();
  return contractKinds(contracts).get(lower) ?? (contracts.paymaster?.toLowerCase() === lower ? "paymaster" : null);
}
