import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { Address } from "viem";
import { BudgetRound__factory, type BudgetRound } from "../../typechain-types";
import type { IBudgetRound } from "../../typechain-types/contracts/rounds/BudgetRound";
import { proposalDescription } from "../../sdk/model/description";
import { roundOpeningActions, type RoundParams } from "../../sdk/proposals/rounds";
import { DAY, membershipFund, stablecoin, type FundFixture } from "../helpers/fixtures";
import { ProposalDriver } from "../helpers/governance";
import { text } from "../helpers/texts";

export const DKKT = (n: bigint) => n * 10n ** 6n;
export const BUDGET = DKKT(250_000n);

export type RoundFixture = FundFixture & {
  round: BudgetRound;
  dkkt: Awaited<ReturnType<typeof stablecoin>>;
  params: RoundParams;
  opening: ProposalDriver;
  reviewer: FundFixture["registrar"];
};

/**
 * A citizen million: 1,000,000 DKKT over the four districts (250,000 each), opened by a passed
 * proposal that pays the escrow and creates the round. Ideas close 10 days after proposing
 * (the proposal takes 8 to pass and wait out the timelock), review 2 days later, voting 3 days
 * after that; winners wait one day for the guardian.
 */
export async function openRound(base: FundFixture, overrides: Partial<RoundParams> = {}): Promise<RoundFixture> {
  const { fund, contracts, outsider, deployer, guardian, voters, registrar } = base;
  const dkkt = await stablecoin(deployer, outsider.address);
  await dkkt.mint(outsider.address, DKKT(2_000_000n)); // 3,000,000 in all: the pot, and more for tests
  const { treasury, roundFactory, roundImplementation, payeeRegistry } = contracts;
  await dkkt.connect(outsider).approve(treasury, DKKT(1_200_000n));
  await fund.treasury.connect(outsider).depositToken(await dkkt.getAddress(), DKKT(1_200_000n), text("Borgermillion"));

  const now = await time.latest();
  const params: RoundParams = {
    asset: (await dkkt.getAddress()) as Address,
    districts: [0, 1, 2, 3],
    budgets: [BUDGET, BUDGET, BUDGET, BUDGET],
    ideasEnd: now + 10 * DAY,
    reviewEnd: now + 12 * DAY,
    votingEnd: now + 15 * DAY,
    challengeDelay: DAY,
    payoutWindow: 90 * DAY,
    minPicks: 1,
    maxPicks: 3,
    maxIdeasPerDistrict: 8,
    minApprovals: 1,
    anyMemberMaySubmit: false,
    reviewers: [registrar.address as Address],
    guardian: guardian.address as Address,
    rule: contracts.allocationRule!,
    ...overrides,
    // One member may fill a district here unless a test says otherwise (attacks on that are in
    // the forge tests): as many as the district takes.
    maxIdeasPerMember: overrides.maxIdeasPerMember ?? overrides.maxIdeasPerDistrict ?? 8,
  };
  // The salt is the description hash, so build the description (with the proposer suffix) first:
  // the public title and the commitment to the proposal's text, as the driver builds it.
  const title = "Borgermillion 2026";
  const opened = roundOpeningActions(
    { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry },
    params,
    proposalDescription(title, text(title), voters[0].address),
    { verifiedPayeesRequired: base.config.requireVerifiedPayees },
  );
  const driver = new ProposalDriver(fund, voters[0], opened.actions, title);
  await driver.passAndExecute(voters.slice(0, 3));
  return {
    ...base,
    round: BudgetRound__factory.connect(opened.round, base.deployer),
    dkkt,
    params,
    opening: driver,
    reviewer: registrar,
  };
}

/** The parameters as typechain's struct (mutable arrays), for calling the contracts directly. */
export function roundStruct(params: RoundParams): IBudgetRound.RoundParamsStruct {
  return {
    ...params,
    districts: [...params.districts],
    budgets: [...params.budgets],
    reviewers: [...params.reviewers],
  };
}

/** Moves time into a phase: the start of review, of voting, or past the end of voting. */
export async function toPhase(round: BudgetRound, phase: "review" | "voting" | "tally") {
  const at =
    phase === "review"
      ? await round.ideasEnd()
      : phase === "voting"
        ? await round.reviewEnd()
        : await round.votingEnd();
  await time.increaseTo(at);
}

export async function fundedRound() {
  return openRound(await membershipFund());
}
