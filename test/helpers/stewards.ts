import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther } from "ethers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { Address } from "viem";
import { proposalDescription } from "../../sdk/model/description";
import { REGISTRATION_SCHEMES } from "../../sdk/model/stewards";
import type { ProposalActions } from "../../sdk/proposals/actions";
import { poolCreationActions, type PoolParams } from "../../sdk/proposals/stewards";
import { StewardPool__factory, type StewardPool } from "../../typechain-types";
import type { IStewardPool } from "../../typechain-types/contracts/stewards/pools/StewardPool";
import { DAY, membershipFund, stablecoin, type FundFixture } from "./fixtures";
import { PayeeKind } from "./codes";
import { ProposalDriver } from "./governance";
import { text } from "./texts";

export const DKKT = (n: bigint) => n * 10n ** 6n;
/** What the treasury holds at the start of every stewards test. */
export const START_DKKT = DKKT(500_000n);
export const START_ETH = parseEther("10");
export const Scheme = Object.fromEntries(REGISTRATION_SCHEMES.map((s, i) => [s, i])) as Record<
  (typeof REGISTRATION_SCHEMES)[number],
  number
>;

export type StewardsFixture = FundFixture & {
  dkkt: Awaited<ReturnType<typeof stablecoin>>;
  token: Address;
  treasuryAddress: Address;
  /** The timelock, impersonated: "a passed proposal" where a test is about one contract alone. */
  timelock: HardhatEthersSigner;
  /** The registrar verifies payees and confirms milestones (fixtures.ts). */
  verifier: HardhatEthersSigner;
  steward: HardhatEthersSigner;
  /** Accounts no fixture role uses (signers 13–20), to be paid or to sit on committees. */
  payees: HardhatEthersSigner[];
};

/**
 * A membership fund whose treasury holds 500,000 DKKT and 10 ETH. `requireVerifiedPayees`
 * comes from the deployment config, as it would for a real fund.
 */
export async function stewardsFund(overrides: Record<string, unknown> = {}): Promise<StewardsFixture> {
  const f = await membershipFund(overrides);
  const dkkt = await stablecoin(f.deployer, f.outsider.address);
  const token = (await dkkt.getAddress()) as Address;
  const treasuryAddress = f.contracts.treasury;
  await dkkt.connect(f.outsider).approve(treasuryAddress, START_DKKT);
  await f.fund.treasury.connect(f.outsider).depositToken(token, START_DKKT, text("Stewards' money"));
  await f.fund.treasury.connect(f.outsider).deposit(text("Stewards' ETH"), { value: START_ETH });
  const timelock = await ethers.getImpersonatedSigner(await f.fund.timelock.getAddress());
  await ethers.provider.send("hardhat_setBalance", [timelock.address, "0xde0b6b3a7640000"]);
  const payees = (await ethers.getSigners()).slice(13, 21);
  return { ...f, dkkt, token, treasuryAddress, timelock, verifier: f.registrar, steward: f.registrar, payees };
}

export function verifiedFund() {
  return stewardsFund({ requireVerifiedPayees: true });
}

/** The commitment an attestation carries for the payee called `name` (its name and number stay off chain). */
export function identity(name: string) {
  return text(`${name}, registration 12345678`);
}

/**
 * Attests `payee` for `days` days from now: a company in the Danish CVR register unless `kind`
 * and `scheme` say otherwise, its identity committed to as `identity(name)`.
 */
export async function attest(
  f: StewardsFixture,
  payee: string,
  days = 365,
  name = "Tømrerfirmaet Bach ApS",
  kind = PayeeKind.Company,
  scheme = Scheme.DanishCvr,
) {
  const validUntil = (await time.latest()) + days * DAY;
  await f.fund.payees.connect(f.verifier).attest(payee, scheme, kind, identity(name), validUntil);
  return validUntil;
}

/** Passes and executes a proposal by voters[proposer] with three votes For. */
export async function pass(f: FundFixture, actions: ProposalActions, title: string, proposer = 0) {
  const driver = new ProposalDriver(f.fund, f.voters[proposer], actions, title);
  const tx = await driver.passAndExecute(f.voters.slice(0, 3));
  return { driver, tx };
}

/** The same as `pass`, but stops once the proposal is queued and its delay is over. */
export async function passAndQueue(f: FundFixture, actions: ProposalActions, title: string, proposer = 0) {
  const driver = new ProposalDriver(f.fund, f.voters[proposer], actions, title);
  await driver.passAndQueue(f.voters.slice(0, 3));
  return driver;
}

/** The name of the pool the stewards' tests create unless they name another. */
export const POOL_NAME = "Hurtigpuljen 2026";

export interface PoolOptions {
  budget?: bigint;
  cap?: bigint;
  /** Days after the proposal is made (a proposal takes about 8 days to be executed). */
  days?: number;
  committee?: string[];
  threshold?: number;
  kind?: number;
  token?: string;
  /** The pool's name: its text (name and mandate) is committed to as `poolText(name)`. */
  name?: string;
}

/** The commitment to a pool's name and mandate, kept off chain. */
export function poolText(name: string) {
  return text(`${name}: small grants for clubs and associations, decided within a week.`);
}

/** The parameters of a quick pool: DKKT, a cap of 5,000, ending in 180 days, 2 of 3 members. */
export async function poolParams(f: StewardsFixture, o: PoolOptions = {}): Promise<PoolParams> {
  return {
    kind: o.kind ?? 0,
    text: poolText(o.name ?? POOL_NAME),
    token: (o.token ?? f.token) as Address,
    capPerGrant: o.cap ?? DKKT(5_000n),
    endsAt: (await time.latest()) + (o.days ?? 180) * DAY,
    committee: (o.committee ?? f.voters.slice(0, 3).map((v) => v.address)) as Address[],
    threshold: o.threshold ?? 2,
  };
}

/** Creates a pool by a real proposal (create + reserve its budget); returns it and the proposal. */
export async function createPoolByProposal(f: StewardsFixture, o: PoolOptions = {}, proposer = 0) {
  const params = await poolParams(f, o);
  const title = `Pool ${o.name ?? POOL_NAME}`;
  const { treasury, poolFactory, poolImplementation } = f.contracts;
  const created = poolCreationActions(
    { treasury, poolFactory, poolImplementation },
    params,
    o.budget ?? DKKT(50_000n),
    proposalDescription(title, text(title), f.voters[proposer].address),
  );
  const { driver, tx } = await pass(f, created.actions, title, proposer);
  return { pool: StewardPool__factory.connect(created.pool, f.deployer), params, driver, tx, salt: created.salt };
}

/** The parameters as typechain's struct (a mutable committee), for calling the contracts directly. */
export function poolStruct(params: PoolParams): IStewardPool.PoolParamsStruct {
  return { ...params, committee: [...params.committee] };
}

let poolSalts = 0;

/** Creates a pool directly as the timelock, for tests about the pool alone. */
export async function createPoolDirectly(
  f: StewardsFixture,
  o: PoolOptions = {},
  salt = ethers.id(`pool ${++poolSalts}`),
): Promise<{ pool: StewardPool; params: PoolParams }> {
  const params = await poolParams(f, o);
  const factory = f.fund.pools.factory.connect(f.timelock);
  const address = await factory.predictPool(salt);
  await factory.createPool(salt, poolStruct(params));
  await f.fund.treasury.connect(f.timelock).setAllowance(address, params.token, o.budget ?? DKKT(50_000n));
  return { pool: StewardPool__factory.connect(address, f.deployer), params };
}
