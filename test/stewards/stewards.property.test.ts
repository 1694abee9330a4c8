import { expect } from "chai";
import fc from "fast-check";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, type BaseContract, type ContractTransactionResponse, type TransactionReceipt } from "ethers";
import {
  MILESTONE_STATUSES,
  POOL_GRANT_STATUSES,
  type MilestoneStatus,
  type PoolGrantStatus,
} from "../../sdk/model/stewards";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { PayeeKind, RevocationReason, StopReason } from "../helpers/codes";
import { DAY } from "../helpers/fixtures";
import { createPoolDirectly, DKKT, identity, Scheme, START_DKKT, START_ETH, stewardsFund } from "../helpers/stewards";
import { text } from "../helpers/texts";

/**
 * Random sequences of stewards' work on one fund: pool micro-grants, approvals, withdrawals,
 * top-ups, committee changes and closes; milestone grants created, delivered, stopped, released
 * and cancelled; payees attested, revoked and running out; verification turned on and off;
 * direct grants by the timelock; deposits; time passing. A ghost model predicts every outcome.
 * After every step:
 *  (a) no pool ever paid more than its budget (initial + top-ups) in total, nor more than its
 *      cap in one grant, and its `spent` is the sum of its GrantPaid events;
 *  (b) while verification is required, no payee without an attestation in force received money;
 *  (c) per asset, the treasury's balance = deposits − Paid (from events), and reserved = the sum
 *      of the allowances of every spender (both pools and the milestone grants);
 *  (d) every refused action was refused with the named error (and arguments) the model predicted,
 *      and every action the model allows went through.
 * The timelock is impersonated: each of its calls stands for a passed proposal.
 */

const PAYEES = 4;
const MEMBERS = 4;
const ASSETS = 2; // 0: DKKT, 1: ETH
/** Amounts are drawn in whole DKKT or ten-thousandths of an ETH (the treasury starts with 500,000 and 10). */
const UNIT = [DKKT(1n), parseEther("0.0001")];
const WINDOW = 2 * DAY; // the deployment's default milestone veto window

type Step =
  | { kind: "attest"; payee: number; days: number }
  | { kind: "revoke"; payee: number }
  | { kind: "require"; on: boolean }
  | { kind: "wait"; seconds: number }
  | { kind: "deposit"; asset: number; amount: bigint }
  | { kind: "grant"; asset: number; payee: number; amount: bigint }
  | { kind: "propose"; pool: number; member: Member; payee: number; permille: number }
  | { kind: "approve"; pool: number; member: Member; grant: number }
  | { kind: "withdraw"; pool: number; member: Member; grant: number }
  | { kind: "topUp"; pool: number; amount: bigint }
  | { kind: "committee"; pool: number; members: boolean[]; threshold: number }
  | { kind: "close"; pool: number; byGovernance: boolean }
  | { kind: "mCreate"; asset: number; payee: number; amounts: bigint[]; unfunded: boolean }
  | { kind: "mDeliver"; grant: number; index: number }
  | { kind: "mStop"; grant: number; index: number }
  | { kind: "mRelease"; grant: number; index: number }
  | { kind: "mCancel"; grant: number };

/** Mostly someone on the pool's committee now (the n-th of it), sometimes any of the four members. */
type Member = { insider: boolean; n: number };
/** A grant or grant id: mostly an existing one (the n-th), sometimes the next, which does not exist. */
const existing = fc.oneof({ arbitrary: fc.nat(15), weight: 6 }, fc.constant(-1));
const pool = fc.nat(1);
const member = fc.record({
  insider: fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, fc.constant(false)),
  n: fc.nat(MEMBERS - 1),
});
const payee = fc.nat(PAYEES - 1);
const asset = fc.nat(ASSETS - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant("attest" as const), payee, days: fc.integer({ min: 1, max: 60 }) }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant("revoke" as const), payee }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("require" as const), on: fc.boolean() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("wait" as const),
      seconds: fc.constantFrom(3600, DAY, 2 * DAY, 5 * DAY, 12 * DAY),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("deposit" as const), asset, amount: fc.bigInt(1n, 5_000n) }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant("grant" as const), asset, payee, amount: fc.bigInt(1n, 200_000n) }),
    weight: 1,
  },
  {
    // Per mille of the cap: 0 is refused, above 1000 is over the cap.
    arbitrary: fc.record({
      kind: fc.constant("propose" as const),
      pool,
      member,
      payee,
      permille: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 1000 }), weight: 8 }, fc.constantFrom(0, 1001, 1300)),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant("approve" as const), pool, member, grant: existing }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant("withdraw" as const), pool, member, grant: existing }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("topUp" as const), pool, amount: fc.bigInt(1n, 20_000n) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("committee" as const),
      pool,
      members: fc.array(fc.boolean(), { minLength: MEMBERS, maxLength: MEMBERS }),
      threshold: fc.nat(4),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("close" as const), pool, byGovernance: fc.boolean() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("mCreate" as const),
      asset,
      payee,
      amounts: fc.array(fc.bigInt(1n, 30_000n), { minLength: 1, maxLength: 3 }),
      unfunded: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, fc.constant(true)),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant("mDeliver" as const), grant: existing, index: fc.nat(3) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("mStop" as const), grant: existing, index: fc.nat(3) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("mRelease" as const), grant: existing, index: fc.nat(3) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("mCancel" as const), grant: existing }), weight: 1 },
);

/* ------------------------------------------ FUND ------------------------------------------ */

/** Pool 0: DKKT, 20,000, cap 5,000, 2 of members 0–2, 60 days. Pool 1: ETH, 2, cap 0.5, 1 of members 2–3, 30 days. */
async function fixture() {
  const f = await stewardsFund();
  const members = f.voters.slice(0, MEMBERS);
  const pools = [
    await createPoolDirectly(f, {
      budget: DKKT(20_000n),
      cap: DKKT(5_000n),
      days: 60,
      committee: members.slice(0, 3).map((m) => m.address),
      threshold: 2,
    }),
    await createPoolDirectly(f, {
      token: ETH_ADDRESS,
      budget: parseEther("2"),
      cap: parseEther("0.5"),
      days: 30,
      committee: members.slice(2, 4).map((m) => m.address),
      threshold: 1,
      kind: 1,
      name: "Arbejdsgruppe: Tryg skolevej",
    }),
  ];
  return { ...f, members, pools: pools.map((p) => p.pool), poolParams: pools.map((p) => p.params) };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

/* ------------------------------------------ MODEL ----------------------------------------- */

type Expected = null | [error: string, args: unknown[]];

interface PoolGhost {
  address: string;
  token: string;
  cap: bigint;
  endsAt: bigint;
  closed: boolean;
  threshold: number;
  epoch: number;
  members: Set<string>;
  grants: { payee: string; amount: bigint; epoch: number; approvers: Set<string>; status: number; proposer: string }[];
  budget: bigint;
  paid: bigint;
}

interface MilestoneGhost {
  payee: string;
  token: string;
  milestones: { amount: bigint; status: number; releasableAt: bigint }[];
}

interface Model {
  required: boolean;
  attestations: Map<string, { validUntil: bigint; revoked: boolean }>;
  balance: Map<string, bigint>;
  allowance: Map<string, bigint>;
  pools: PoolGhost[];
  grants: MilestoneGhost[];
  committed: Map<string, bigint>;
  /** From events. */
  deposits: Map<string, bigint>;
  paidOut: Map<string, bigint>;
  stats: { paid: number; refusals: Record<string, number>; payeeRefusals: number };
}

const PoolStatus = Object.fromEntries(POOL_GRANT_STATUSES.map((s, i) => [s, i])) as Record<PoolGrantStatus, number>;
const MStatus = Object.fromEntries(MILESTONE_STATUSES.map((s, i) => [s, i])) as Record<MilestoneStatus, number>;
/** The grant id a step names: 1-based, `count + 1` when it names one that does not exist. */
const pickId = (n: number, count: number) => (n < 0 || count === 0 ? count + 1 : (n % count) + 1);
const key = (spender: string, token: string) => `${spender}|${token}`;
const get = (m: Map<string, bigint>, k: string) => m.get(k) ?? 0n;
const add = (m: Map<string, bigint>, k: string, v: bigint) => m.set(k, get(m, k) + v);

function reserved(model: Model, token: string) {
  let sum = 0n;
  for (const [k, v] of model.allowance) if (k.endsWith(`|${token}`)) sum += v;
  return sum;
}

function available(model: Model, token: string) {
  const b = get(model.balance, token);
  const r = reserved(model, token);
  return b > r ? b - r : 0n;
}

/** PayeeRegistry.checkPayee at `ts`. */
function payeeError(model: Model, payee: string, ts: bigint): Expected {
  if (!model.required) return null;
  const a = model.attestations.get(payee);
  if (!a) return ["PayeeRegistryNotVerified", [payee]];
  if (a.revoked) return ["PayeeRegistryAttestationRevoked", [payee]];
  if (a.validUntil <= ts) return ["PayeeRegistryAttestationExpired", [payee, a.validUntil]];
  return null;
}

/** Treasury._setAllowance's backing check for a new allowance of `amount`. */
function allowanceError(model: Model, spender: string, token: string, amount: bigint): Expected {
  const others = reserved(model, token) - get(model.allowance, key(spender, token));
  const b = get(model.balance, token);
  const free = b > others ? b - others : 0n;
  return amount > free ? ["TreasuryInsufficientBalance", [token, free, amount]] : null;
}

/** Treasury.spend's checks after the recipient's. */
function spendError(model: Model, spender: string, token: string, to: string, amount: bigint, ts: bigint): Expected {
  const p = payeeError(model, to, ts);
  if (p) return p;
  const allowance = get(model.allowance, key(spender, token));
  if (amount > allowance) return ["TreasurySpenderAllowanceExceeded", [spender, token, allowance, amount]];
  return null;
}

function spendInModel(model: Model, spender: string, token: string, amount: bigint) {
  add(model.allowance, key(spender, token), -amount);
  add(model.balance, token, -amount);
}

/* ------------------------------------------ RUN ------------------------------------------- */

async function run(f: Fixture, steps: Step[], model: Model) {
  const { fund, timelock, members, outsider, verifier, steward, guardian } = f;
  const treasury = fund.treasury;
  const milestones = fund.milestones;
  const milestonesAddress = await milestones.getAddress();
  const assets = [f.token, ETH_ADDRESS];
  const payees = f.payees.slice(0, PAYEES).map((p) => p.address);
  const errorSources: BaseContract[] = [fund.payees, treasury, f.pools[0], milestones];

  /** The next transaction's timestamp, fixed so the model can predict expiries to the second. */
  async function nextTs() {
    const ts = (await time.latest()) + 1;
    await time.setNextBlockTimestamp(ts);
    return BigInt(ts);
  }

  /** Sends one transaction and checks it went as predicted; returns its receipt if it went through. */
  async function act(expected: Expected, send: () => Promise<ContractTransactionResponse>) {
    if (expected === null) {
      const receipt = (await (await send()).wait())!;
      await account(receipt);
      return receipt;
    }
    const [name, args] = expected;
    model.stats.refusals[name] = (model.stats.refusals[name] ?? 0) + 1;
    if (name.startsWith("Payee")) model.stats.payeeRefusals++;
    const source = errorSources.find((c) => c.interface.getError(name) !== null);
    if (!source) throw new Error(`property: no contract declares ${name}`);
    await expect(send())
      .to.be.revertedWithCustomError(source, name)
      .withArgs(...args);
    return null;
  }

  /** (b) and the event ghosts: deposits and payments of one receipt. */
  async function account(receipt: TransactionReceipt) {
    const ts = BigInt((await receipt.getBlock()).timestamp);
    const treasuryAddress = f.treasuryAddress;
    for (const log of receipt.logs) {
      if (log.address !== treasuryAddress) continue;
      const event = treasury.interface.parseLog(log)!;
      if (event.name === "Deposited") add(model.deposits, event.args.token, event.args.amount);
      if (event.name === "Paid") {
        add(model.paidOut, event.args.token, event.args.amount);
        model.stats.paid++;
        expect(payeeError(model, event.args.to, ts), `paid ${event.args.to} while verification was required`).to.equal(
          null,
        );
      }
    }
    for (const [i, p] of f.pools.entries()) {
      for (const log of receipt.logs) {
        if (log.address !== p.target) continue;
        const event = p.interface.parseLog(log)!;
        if (event.name !== "GrantPaid") continue;
        // (a) one grant never above the cap.
        expect(event.args.amount, "a grant above the cap").to.be.at.most(model.pools[i].cap);
        model.pools[i].paid += event.args.amount;
      }
    }
  }

  const who = (g: PoolGhost, m: Member) => {
    const inside = members.filter((x) => g.members.has(x.address));
    return m.insider && inside.length > 0 ? inside[m.n % inside.length] : members[m.n];
  };

  for (const s of steps) {
    switch (s.kind) {
      case "attest": {
        const who = payees[s.payee];
        const validUntil = BigInt((await time.latest()) + s.days * DAY);
        await nextTs();
        // Payees alternate between companies and sole traders: the kind changes nothing on chain but the event.
        const kind = s.payee % 2 === 0 ? PayeeKind.Company : PayeeKind.SoleTrader;
        await act(null, () =>
          fund.payees
            .connect(verifier)
            .attest(who, Scheme.DanishCvr, kind, identity(`Forening ${s.payee}`), validUntil),
        );
        model.attestations.set(who, { validUntil, revoked: false });
        break;
      }
      case "revoke": {
        const who = payees[s.payee];
        const a = model.attestations.get(who);
        await nextTs();
        const ok = await act(a && !a.revoked ? null : ["PayeeRegistryNothingToRevoke", [who]], () =>
          fund.payees.connect(verifier).revoke(who, RevocationReason.RegistrationEnded, text("Struck off")),
        );
        if (ok) a!.revoked = true;
        break;
      }
      case "require":
        await nextTs();
        await act(null, () => fund.payees.connect(timelock).setVerificationRequired(s.on));
        model.required = s.on;
        break;
      case "wait":
        await time.increase(s.seconds);
        break;
      case "deposit": {
        const token = assets[s.asset];
        const amount = s.amount * UNIT[s.asset];
        if (token === ETH_ADDRESS) {
          await nextTs();
          await act(null, () => treasury.connect(outsider).deposit(text("property"), { value: amount }));
        } else {
          await nextTs();
          await act(null, () => f.dkkt.connect(outsider).approve(f.treasuryAddress, amount));
          await nextTs();
          await act(null, () => treasury.connect(outsider).depositToken(token, amount, text("property")));
        }
        add(model.balance, token, amount);
        break;
      }
      case "grant": {
        const token = assets[s.asset];
        const to = payees[s.payee];
        const amount = s.amount * UNIT[s.asset];
        const ts = await nextTs();
        const free = available(model, token);
        const expected =
          payeeError(model, to, ts) ??
          (amount > free ? (["TreasuryInsufficientBalance", [token, free, amount]] as Expected) : null);
        const ok = await act(expected, () => treasury.connect(timelock).pay(token, to, amount, ethers.ZeroHash));
        if (ok) add(model.balance, token, -amount);
        break;
      }
      case "propose": {
        const g = model.pools[s.pool];
        const p = f.pools[s.pool];
        const by = who(model.pools[s.pool], s.member);
        const to = payees[s.payee];
        const amount = (g.cap * BigInt(s.permille)) / 1000n;
        const ts = await nextTs();
        const left = get(model.allowance, key(g.address, g.token));
        let expected: Expected = null;
        if (!g.members.has(by.address)) expected = ["StewardPoolNotCommitteeMember", [by.address]];
        else if (g.closed) expected = ["StewardPoolAlreadyClosed", []];
        else if (ts >= g.endsAt) expected = ["StewardPoolExpired", [g.endsAt]];
        else if (amount === 0n) expected = ["StewardPoolInvalidGrant", [to, 0n]];
        else if (amount > g.cap) expected = ["StewardPoolOverCap", [amount, g.cap]];
        else if (amount > left) expected = ["StewardPoolOverBudget", [amount, left]];
        else expected = payeeError(model, to, ts);
        const ok = await act(expected, () => p.connect(by).proposeGrant(to, amount, text("property")));
        if (ok) {
          const grant = {
            payee: to,
            amount,
            epoch: g.epoch,
            approvers: new Set([by.address]),
            status: PoolStatus.Pending,
            proposer: by.address,
          };
          g.grants.push(grant);
          if (g.threshold <= 1) {
            grant.status = PoolStatus.Paid;
            spendInModel(model, g.address, g.token, amount);
          }
        }
        break;
      }
      case "approve": {
        const g = model.pools[s.pool];
        const p = f.pools[s.pool];
        const by = who(model.pools[s.pool], s.member);
        const id = pickId(s.grant, g.grants.length);
        const grant = g.grants[id - 1];
        const ts = await nextTs();
        let expected: Expected = null;
        if (!g.members.has(by.address)) expected = ["StewardPoolNotCommitteeMember", [by.address]];
        else if (g.closed) expected = ["StewardPoolAlreadyClosed", []];
        else if (ts >= g.endsAt) expected = ["StewardPoolExpired", [g.endsAt]];
        else if (!grant || grant.status !== PoolStatus.Pending)
          expected = ["StewardPoolGrantNotPending", [id, grant?.status ?? PoolStatus.None]];
        else if (grant.epoch !== g.epoch) expected = ["StewardPoolGrantStale", [id]];
        else if (grant.approvers.has(by.address)) expected = ["StewardPoolAlreadyApproved", [id, by.address]];
        else if (grant.approvers.size + 1 >= g.threshold) {
          // The pool checks what it has left before the treasury checks the payee.
          const left = model.allowance.get(key(g.address, g.token)) ?? 0n;
          expected =
            grant.amount > left
              ? ["StewardPoolOverBudget", [grant.amount, left]]
              : spendError(model, g.address, g.token, grant.payee, grant.amount, ts);
        }
        const ok = await act(expected, () => p.connect(by).approveGrant(id));
        if (ok) {
          grant.approvers.add(by.address);
          if (grant.approvers.size >= g.threshold) {
            grant.status = PoolStatus.Paid;
            spendInModel(model, g.address, g.token, grant.amount);
          }
        }
        break;
      }
      case "withdraw": {
        const g = model.pools[s.pool];
        const by = who(model.pools[s.pool], s.member);
        const id = pickId(s.grant, g.grants.length);
        const grant = g.grants[id - 1];
        await nextTs();
        let expected: Expected = null;
        if (!grant || grant.status !== PoolStatus.Pending)
          expected = ["StewardPoolGrantNotPending", [id, grant?.status ?? PoolStatus.None]];
        else if (grant.proposer !== by.address) expected = ["StewardPoolNotProposer", [id, by.address]];
        const ok = await act(expected, () => f.pools[s.pool].connect(by).withdrawGrant(id));
        if (ok) grant.status = PoolStatus.Withdrawn;
        break;
      }
      case "topUp": {
        const g = model.pools[s.pool];
        const amount = s.amount * UNIT[s.pool === 0 ? 0 : 1];
        const current = get(model.allowance, key(g.address, g.token));
        await nextTs();
        const ok = await act(allowanceError(model, g.address, g.token, current + amount), () =>
          treasury.connect(timelock).increaseAllowance(g.address, g.token, amount),
        );
        if (ok) {
          add(model.allowance, key(g.address, g.token), amount);
          g.budget += amount;
        }
        break;
      }
      case "committee": {
        const g = model.pools[s.pool];
        const chosen = members.filter((_, i) => s.members[i]).map((m) => m.address);
        await nextTs();
        const expected: Expected =
          chosen.length === 0 || s.threshold === 0 || s.threshold > chosen.length
            ? ["StewardPoolInvalidCommittee", [chosen.length, s.threshold]]
            : null;
        const ok = await act(expected, () => f.pools[s.pool].connect(timelock).setCommittee(chosen, s.threshold));
        if (ok) {
          g.members = new Set(chosen);
          g.threshold = s.threshold;
          g.epoch++;
        }
        break;
      }
      case "close": {
        const g = model.pools[s.pool];
        const by = s.byGovernance ? timelock : outsider;
        const ts = await nextTs();
        let expected: Expected = null;
        // A closed pool closes again only to give back an allowance a later top-up left it.
        if (g.closed) {
          if ((model.allowance.get(key(g.address, g.token)) ?? 0n) === 0n) expected = ["StewardPoolAlreadyClosed", []];
        } else if (!s.byGovernance && ts < g.endsAt) expected = ["StewardPoolNotExpired", [g.endsAt]];
        const ok = await act(expected, () => f.pools[s.pool].connect(by).close());
        if (ok) {
          g.closed = true;
          model.allowance.set(key(g.address, g.token), 0n);
        }
        break;
      }
      case "mCreate": {
        const token = assets[s.asset];
        const amounts = s.amounts.map((a) => a * UNIT[s.asset]);
        const total = amounts.reduce((a, b) => a + b, 0n);
        const k = key(milestonesAddress, token);
        if (!s.unfunded) {
          // The proposal's first action: reserve the total.
          await nextTs();
          const reserve = await act(
            allowanceError(model, milestonesAddress, token, get(model.allowance, k) + total),
            () => treasury.connect(timelock).increaseAllowance(milestonesAddress, token, total),
          );
          if (!reserve) break;
          add(model.allowance, k, total);
        }
        const to = payees[s.payee];
        const ts = await nextTs();
        const owed = get(model.committed, token) + total;
        const expected =
          payeeError(model, to, ts) ??
          (owed > get(model.allowance, k)
            ? (["MilestoneGrantsUnfunded", [token, get(model.allowance, k), owed]] as Expected)
            : null);
        const ok = await act(expected, () =>
          milestones.connect(timelock).createGrant(
            to,
            token,
            amounts,
            amounts.map((_, i) => text(`Step ${i}`)),
            text("property"),
          ),
        );
        if (ok) {
          model.committed.set(token, owed);
          model.grants.push({
            payee: to,
            token,
            milestones: amounts.map((amount) => ({ amount, status: MStatus.Planned, releasableAt: 0n })),
          });
        }
        break;
      }
      case "mDeliver":
      case "mStop":
      case "mRelease": {
        const id = pickId(s.grant, model.grants.length);
        const g = model.grants[id - 1];
        const m = g?.milestones[s.index];
        const ts = await nextTs();
        const wanted = s.kind === "mDeliver" ? MStatus.Planned : MStatus.Delivered;
        let expected: Expected = null;
        if (!m) expected = ["MilestoneGrantsNotFound", [id, s.index]];
        else if (m.status !== wanted) expected = ["MilestoneGrantsWrongStatus", [id, s.index, wanted, m.status]];
        else if (s.kind === "mStop" && ts >= m.releasableAt)
          expected = ["MilestoneGrantsVetoWindowClosed", [id, s.index, m.releasableAt]];
        else if (s.kind === "mRelease" && ts < m.releasableAt)
          expected = ["MilestoneGrantsInVetoWindow", [id, s.index, m.releasableAt]];
        else if (s.kind === "mRelease") expected = spendError(model, milestonesAddress, g.token, g.payee, m.amount, ts);
        const ok = await act(expected, () =>
          s.kind === "mDeliver"
            ? milestones.connect(steward).markDelivered(id, s.index, text("ipfs://evidence"), ethers.id("evidence"))
            : s.kind === "mStop"
              ? milestones.connect(guardian).stop(id, s.index, StopReason.NotDelivered, text("property"))
              : milestones.connect(outsider).release(id, s.index),
        );
        if (!ok) break;
        if (s.kind === "mDeliver") [m.status, m.releasableAt] = [MStatus.Delivered, ts + BigInt(WINDOW)];
        if (s.kind === "mStop") [m.status, m.releasableAt] = [MStatus.Planned, 0n];
        if (s.kind === "mRelease") {
          m.status = MStatus.Released;
          add(model.committed, g.token, -m.amount);
          spendInModel(model, milestonesAddress, g.token, m.amount);
        }
        break;
      }
      case "mCancel": {
        const id = pickId(s.grant, model.grants.length);
        const g = model.grants[id - 1];
        const open = g?.milestones.filter((m) => m.status === MStatus.Planned || m.status === MStatus.Delivered) ?? [];
        const rest = open.reduce((a, m) => a + m.amount, 0n);
        await nextTs();
        let expected: Expected = null;
        if (!g) expected = ["MilestoneGrantsNotFound", [id, 0]];
        else if (rest === 0n) expected = ["MilestoneGrantsNothingToCancel", [id]];
        const ok = await act(expected, () => milestones.connect(timelock).cancelRest(id));
        if (ok) {
          for (const m of open) m.status = MStatus.Cancelled;
          add(model.committed, g.token, -rest);
          add(model.allowance, key(milestonesAddress, g.token), -rest);
        }
        break;
      }
    }
    await checkInvariants(f, model, milestonesAddress);
  }
}

async function checkInvariants(f: Fixture, model: Model, milestonesAddress: string) {
  const treasury = f.fund.treasury;
  const spenders = [...model.pools.map((p) => p.address), milestonesAddress];
  for (const token of [f.token, ETH_ADDRESS]) {
    // (c) balance = deposits − payments (events), and the model agrees.
    const balance = await treasury.balanceOf(token);
    expect(balance, "balance = deposits − Paid").to.equal(get(model.deposits, token) - get(model.paidOut, token));
    expect(balance, "balance as modelled").to.equal(get(model.balance, token));
    // (c) reserved = the sum of every spender's allowance.
    let sum = 0n;
    for (const spender of spenders) {
      const allowance = await treasury.allowanceOf(spender, token);
      expect(allowance, `allowance of ${spender}`).to.equal(get(model.allowance, key(spender, token)));
      sum += allowance;
    }
    expect(await treasury.reserved(token), "reserved = Σ allowances").to.equal(sum);
    expect(await f.fund.milestones.committed(token)).to.equal(get(model.committed, token));
  }
  // (a) a pool's payments stay within its budget, and `spent` matches its events.
  for (const [i, g] of model.pools.entries()) {
    expect(g.paid, "a pool paid more than its budget").to.be.at.most(g.budget);
    expect(await f.pools[i].spent()).to.equal(g.paid);
  }
}

/** The whole property (runs and shrinking) stops after this long; 12 runs take about 15 s. */
const TIME_LIMIT_MS = 90_000;

describe("Stewards' money under random sequences", () => {
  it("keeps pools within budget and cap, pays only verified payees when required, and balances the treasury", async () => {
    const totals = { paid: 0, payeeRefusals: 0, refusals: {} as Record<string, number> };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 25, maxLength: 60 }), fc.boolean(), async (steps, required) => {
        const f = await loadFixture(fixture);
        const model: Model = {
          required: false,
          attestations: new Map(),
          balance: new Map([
            [f.token, START_DKKT],
            [ETH_ADDRESS, START_ETH],
          ]),
          allowance: new Map(),
          pools: f.pools.map((p, i) => ({
            address: p.target as string,
            token: f.poolParams[i].token as string,
            cap: BigInt(f.poolParams[i].capPerGrant),
            endsAt: BigInt(f.poolParams[i].endsAt),
            closed: false,
            threshold: Number(f.poolParams[i].threshold),
            epoch: 1,
            members: new Set(f.poolParams[i].committee as string[]),
            grants: [],
            budget: 0n,
            paid: 0n,
          })),
          grants: [],
          committed: new Map(),
          deposits: new Map([
            [f.token, START_DKKT],
            [ETH_ADDRESS, START_ETH],
          ]),
          paidOut: new Map(),
          stats: { paid: 0, refusals: {}, payeeRefusals: 0 },
        };
        for (const g of model.pools) {
          g.budget = await f.fund.treasury.allowanceOf(g.address, g.token);
          model.allowance.set(key(g.address, g.token), g.budget);
        }
        // Half the runs start with verification required, as a deployment's config would set it.
        await run(f, [{ kind: "require", on: required }, ...steps], model);
        totals.paid += model.stats.paid;
        totals.payeeRefusals += model.stats.payeeRefusals;
        for (const [k, v] of Object.entries(model.stats.refusals)) totals.refusals[k] = (totals.refusals[k] ?? 0) + v;
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 18),
        seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined,
        plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)],
      },
    );
    // The generator must reach payments and payee refusals, or the properties were never exercised.
    expect(totals.paid, "payments made").to.be.greaterThan(0);
    expect(totals.payeeRefusals, "payee refusals").to.be.greaterThan(0);
    if (process.env.PROPERTY_STATS) console.log(totals);
  });
});
