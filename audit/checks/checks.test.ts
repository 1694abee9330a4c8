import { beforeEach, describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import { reconcileAllowances } from "../../sdk/history/allowances";
import { checkBalances, checkPayeesVerified } from ".";
import type { LedgerEntry } from "../../sdk/history/ledger";

/**
 * What cannot happen on chain — a payment to an unattested payee while verification is
 * required, an allowance drifting from its events — checked on histories written by hand.
 */
const DKKT: Address = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F";
const CLUB: Address = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const ESCROW: Address = "0x09635F643e140090A9A8Dcd712eD6285858ceBef";
const POOL: Address = "0xa16E02E87b7454126E5E10d957A927A7F5B5d2be";
const VERIFIER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const DAY = 86_400;
const T0 = 1_790_000_000;

let block = 0n;
function at(days: number, contract: LedgerEntry["contract"] = "treasury") {
  block += 1n;
  return {
    block,
    logIndex: 0,
    tx: `0x${block.toString(16).padStart(4, "0")}` as Hex,
    timestamp: T0 + days * DAY,
    contract,
    address: ESCROW,
  };
}
const rule = (days: number, required: boolean): LedgerEntry => ({
  ...at(days, "payeeRegistry"),
  kind: "verificationRule",
  required,
});
const pay = (days: number, to: Address, amount = 1_000n): LedgerEntry => ({
  ...at(days),
  kind: "payment",
  asset: DKKT,
  to,
  amount,
  decision: "0x00",
});
const attested = (days: number, validDays: number): LedgerEntry => ({
  ...at(days, "payeeRegistry"),
  kind: "payeeAttested",
  payee: CLUB,
  verifier: VERIFIER,
  scheme: "DanishCvr",
  payeeKind: "Company",
  identity: `0x${"12".repeat(32)}`,
  validUntil: BigInt(T0 + (days + validDays) * DAY),
});
const format = (_: Address, amount: bigint) => `${amount} DKKT`;

beforeEach(() => {
  block = 0n;
});

describe("check 5: payees verified while that was required", () => {
  it("accepts payments made while it was not required, and fails those to an unattested payee after", () => {
    const result = checkPayeesVerified([rule(0, false), pay(1, CLUB), rule(2, true), pay(3, CLUB)], format);
    expect(result.passed).toBe(false);
    expect(result.evidence).toEqual([
      `payment of 1000 DKKT to ${CLUB} (tx 0x0002…): verification not required then`,
      `payment of 1000 DKKT to ${CLUB} (tx 0x0004…): verification was required and the payee was NEVER ATTESTED`,
    ]);
  });

  it("judges an attestation at the payment's block time: in force, expired, revoked", () => {
    const entries = [rule(0, true), attested(1, 10), pay(5, CLUB), pay(12, CLUB), attested(20, 100)];
    entries.push({
      ...at(30, "payeeRegistry"),
      kind: "payeeRevoked",
      payee: CLUB,
      verifier: VERIFIER,
      code: "RegistrationEnded",
      reason: `0x${"34".repeat(32)}`,
    });
    entries.push(pay(31, CLUB));
    const result = checkPayeesVerified(entries, format);
    expect(result.passed).toBe(false);
    expect(result.evidence).toEqual([
      `payment of 1000 DKKT to ${CLUB} (tx 0x0003…): attested (Company, DanishCvr, identity 0x12121212…) by ${VERIFIER}, valid until 2026-10-02T14:13:20.000Z`,
      `payment of 1000 DKKT to ${CLUB} (tx 0x0004…): verification was required and the payee's attestation EXPIRED at 2026-10-02T14:13:20.000Z`,
      `payment of 1000 DKKT to ${CLUB} (tx 0x0007…): verification was required and the payee's attestation was REVOKED (tx 0x0006…: RegistrationEnded)`,
    ]);
  });

  it("exempts the fund's own accounts, such as a budget round's escrow", () => {
    const marked: LedgerEntry = {
      ...at(1, "payeeRegistry"),
      kind: "fundAccount",
      account: ESCROW,
      isFundAccount: true,
    };
    const result = checkPayeesVerified([rule(0, true), marked, pay(2, ESCROW)], format);
    expect(result.passed).toBe(true);
    expect(result.evidence).toEqual([`payment of 1000 DKKT to ${ESCROW} (tx 0x0003…): one of the fund's own accounts`]);
  });
});

describe("check 1: allowances as their events explain them", () => {
  const set = (previous: bigint, amount: bigint): LedgerEntry => ({
    ...at(0),
    kind: "allowanceSet",
    spender: POOL,
    asset: DKKT,
    previous,
    amount,
  });
  const spent = (amount: bigint, remaining: bigint): LedgerEntry => ({
    ...at(0),
    kind: "allowanceSpent",
    spender: POOL,
    asset: DKKT,
    amount,
    remaining,
  });

  it("replays set, spent and returned, and fails on a gap between events or a figure the events do not explain", () => {
    const entries = [set(0n, 500n), spent(100n, 400n), set(300n, 600n)];
    const key = `${POOL.toLowerCase()}:${DKKT.toLowerCase()}`;
    const figures = reconcileAllowances(
      entries,
      new Map([[key, 600n]]),
      new Map([[DKKT.toLowerCase(), 700n]]),
      new Map([[DKKT.toLowerCase(), 650n]]),
    );
    expect(figures.spenders[0]).toMatchObject({ set: 700n, spent: 100n, returned: 0n, explained: 600n, onChain: 600n });
    expect(figures.spenders[0].gaps).toEqual([`set from 300, events explain 400 (tx ${entries[2].tx.slice(0, 10)}…)`]);
    const check = checkBalances([], format, [], figures);
    expect(check.passed).toBe(false);
    expect(check.evidence).toEqual([
      `allowance of ${POOL} in DKKT: on chain 600 DKKT; set 700 DKKT − spent 100 DKKT − returned 0 DKKT = 600 DKKT: NOT EXPLAINED by its events (set from 300, events explain 400 (tx ${entries[2].tx.slice(0, 10)}…))`,
      "reserved 700 DKKT of 650 DKKT held; allowances add up to 600 DKKT: the reservation is NOT the sum of the allowances; MORE RESERVED THAN HELD by 50 DKKT",
    ]);
  });
});
