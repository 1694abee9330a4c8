import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import { decodeFunctionData, keccak256, toBytes, type Address, type Hex } from "viem";
import { ABIS } from "../../sdk/contracts/kinds";
import { descriptionHash, parseDescription, proposalDescription } from "../../sdk/model/description";
import { RULE_SETTERS } from "../../sdk/model/governance";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { concatActions, single } from "../../sdk/proposals/actions";
import { predictClone } from "../../sdk/proposals/clones";
import { grantActions, majorityActions, ruleChangeActions, type RuleChange } from "../../sdk/proposals/governance";
import { roundOpeningActions, roundTotal, type RoundParams } from "../../sdk/proposals/rounds";
import { gasFundTopUpActions } from "../../sdk/proposals/sponsorship";
import {
  milestoneGrantActions,
  poolCreationActions,
  vetoWindowActions,
  verificationRuleActions,
  type PoolParams,
} from "../../sdk/proposals/stewards";
import { membershipFund } from "../helpers/fixtures";
import { text } from "../helpers/texts";

const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const TREASURY: Address = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";
// Addresses of digits only: their checksummed form is the same text, as viem decodes them.
const GOVERNOR: Address = "0x1111111111111111111111111111111111111111";
const TIMELOCK: Address = "0x2222222222222222222222222222222222222222";
const ROUND_FACTORY: Address = "0x3333333333333333333333333333333333333333";
const ROUND_IMPLEMENTATION: Address = "0x4444444444444444444444444444444444444444";
const PAYEE_REGISTRY: Address = "0x5555555555555555555555555555555555555555";
const POOL_FACTORY: Address = "0x6666666666666666666666666666666666666666";
const POOL_IMPLEMENTATION: Address = "0x7777777777777777777777777777777777777777";
const MILESTONE_GRANTS: Address = "0x8888888888888888888888888888888888888888";
const DKKT: Address = "0x9999999999999999999999999999999999999999";
const PAYMASTER: Address = "0x1414141414141414141414141414141414141414";
const RULE: Address = "0x1212121212121212121212121212121212121212";
const BACH: Address = "0x1313131313131313131313131313131313131313";

/** A two-district round, for the opening proposal's exact calldata. */
const ROUND_PARAMS: RoundParams = {
  asset: DKKT,
  districts: [0, 2],
  budgets: [250_000_000_000n, 100_000_000_000n],
  ideasEnd: 2_000_000_000,
  reviewEnd: 2_000_172_800,
  votingEnd: 2_000_432_000,
  challengeDelay: 86_400,
  payoutWindow: 7_776_000,
  minPicks: 1,
  maxPicks: 3,
  maxIdeasPerDistrict: 8,
  maxIdeasPerMember: 8,
  minApprovals: 1,
  anyMemberMaySubmit: false,
  reviewers: [ANNA],
  guardian: BACH,
  rule: RULE,
};

const decode = <K extends keyof typeof ABIS>(kind: K, data: Hex) => decodeFunctionData({ abi: ABIS[kind], data });

describe("sdk: proposals", () => {
  describe("descriptions", () => {
    const BENCHES = text("Ti bænke ved søstien");

    it("writes the public title as a heading, the reference to the text and the proposer suffix", () => {
      // The title's spaces are collapsed and the proposer checksummed: the description is for ever.
      expect(proposalDescription("  Lys på\nskaterbanen ", BENCHES, ANNA.toLowerCase())).to.equal(
        `# Lys på skaterbanen\n\npulje-text:${BENCHES}\n\n#proposer=${ANNA}`,
      );
      // Without a title the reference stands alone: nothing the proposer did not publish.
      expect(proposalDescription(null, BENCHES, ANNA)).to.equal(`pulje-text:${BENCHES}\n\n#proposer=${ANNA}`);
      expect(proposalDescription("   ", BENCHES, ANNA)).to.equal(`pulje-text:${BENCHES}\n\n#proposer=${ANNA}`);
    });

    it("reads the title and the commitment back without the suffix", () => {
      expect(parseDescription(proposalDescription("Bænke", BENCHES, ANNA))).to.deep.equal({
        publicTitle: "Bænke",
        text: BENCHES,
      });
      expect(parseDescription(proposalDescription(null, BENCHES, ANNA))).to.deep.equal({
        publicTitle: null,
        text: BENCHES,
      });
      // Another client's description has no reference: its first line is its title.
      expect(parseDescription("Plain text proposal\n\nmore")).to.deep.equal({
        publicTitle: "Plain text proposal",
        text: null,
      });
    });
  });

  describe("grants and rules", () => {
    it("builds one treasury payment carrying the description hash as the decision", () => {
      const description = proposalDescription("Bænke", text("Bænke"), ANNA);
      const actions = grantActions(TREASURY, { asset: ETH_ADDRESS, recipient: ANNA, amount: 5n }, description);
      expect(actions.targets).to.deep.equal([TREASURY]);
      expect(actions.values).to.deep.equal([0n]);
      expect(decode("treasury", actions.calldatas[0])).to.deep.equal({
        functionName: "pay",
        args: [ETH_ADDRESS, ANNA, 5n, descriptionHash(description)],
      });
      expect(descriptionHash(description)).to.equal(ethers.id(description));
    });

    it("changes every rule by its setter: the timelock's delay on the timelock, the rest on the governor", () => {
      const changes: RuleChange[] = [
        { rule: "votingDelay", value: 172_800n },
        { rule: "votingPeriod", value: 604_800n },
        { rule: "proposalThreshold", value: 2n },
        { rule: "quorumPercent", value: 30n },
        { rule: "lateQuorumExtension", value: 86_400n },
        { rule: "timelockDelay", value: 259_200n },
      ];
      const actions = ruleChangeActions({ governor: GOVERNOR, timelock: TIMELOCK }, changes);
      expect(actions.targets).to.deep.equal([GOVERNOR, GOVERNOR, GOVERNOR, GOVERNOR, GOVERNOR, TIMELOCK]);
      expect(actions.values).to.deep.equal([0n, 0n, 0n, 0n, 0n, 0n]);
      const decoded = actions.calldatas.map((data, i) => decode(i < 5 ? "governor" : "timelock", data));
      // uint48 and uint32 durations decode as numbers, uint256 as bigints.
      expect(decoded).to.deep.equal([
        { functionName: "setVotingDelay", args: [172_800] },
        { functionName: "setVotingPeriod", args: [604_800] },
        { functionName: "setProposalThreshold", args: [2n] },
        { functionName: "updateQuorumNumerator", args: [30n] },
        { functionName: "setLateQuorumVoteExtension", args: [86_400] },
        { functionName: "updateDelay", args: [259_200n] },
      ]);
      // The history reader names a rule by its setter: the two lists agree.
      expect(decoded.map((d) => RULE_SETTERS[d.functionName as keyof typeof RULE_SETTERS])).to.deep.equal(
        changes.map((c) => c.rule),
      );
      expect(ruleChangeActions({ governor: GOVERNOR, timelock: TIMELOCK }, [])).to.deep.equal({
        targets: [],
        values: [],
        calldatas: [],
      });
    });

    it("changes the majority by the governor's setMajority, as a fraction", () => {
      const actions = majorityActions(GOVERNOR, { numerator: 2, denominator: 3 });
      expect(actions.targets).to.deep.equal([GOVERNOR]);
      expect(actions.values).to.deep.equal([0n]);
      expect(decode("governor", actions.calldatas[0])).to.deep.equal({ functionName: "setMajority", args: [2n, 3n] });
    });

    it("joins proposals' actions in order", () => {
      const a = single(GOVERNOR, "0x01");
      const b = { targets: [TIMELOCK, TREASURY], values: [0n, 7n], calldatas: ["0x02", "0x03"] as Hex[] };
      expect(concatActions(a, b)).to.deep.equal({
        targets: [GOVERNOR, TIMELOCK, TREASURY],
        values: [0n, 0n, 7n],
        calldatas: ["0x01", "0x02", "0x03"],
      });
      expect(concatActions(b, a).targets).to.deep.equal([TIMELOCK, TREASURY, GOVERNOR]);
      expect(concatActions()).to.deep.equal({ targets: [], values: [], calldatas: [] });
    });
  });

  describe("rounds", () => {
    const contracts = {
      treasury: TREASURY,
      roundFactory: ROUND_FACTORY,
      roundImplementation: ROUND_IMPLEMENTATION,
      payeeRegistry: PAYEE_REGISTRY,
    };
    const description = proposalDescription("Borgermillion 2026", text("Borgermillion 2026"), ANNA);
    const salt = descriptionHash(description);
    const round = predictClone(ROUND_FACTORY, ROUND_IMPLEMENTATION, salt);

    it("pays the whole budget into the predicted round, then creates it with the description hash as salt", () => {
      const opened = roundOpeningActions(contracts, ROUND_PARAMS, description, { verifiedPayeesRequired: false });
      expect(opened.salt).to.equal(salt);
      expect(opened.round).to.equal(round);
      expect(roundTotal(ROUND_PARAMS)).to.equal(350_000_000_000n);
      expect(opened.actions.targets).to.deep.equal([TREASURY, ROUND_FACTORY]);
      expect(opened.actions.values).to.deep.equal([0n, 0n]);
      expect(decode("treasury", opened.actions.calldatas[0])).to.deep.equal({
        functionName: "pay",
        args: [DKKT, round, 350_000_000_000n, salt],
      });
      expect(decode("roundFactory", opened.actions.calldatas[1])).to.deep.equal({
        functionName: "createRound",
        args: [salt, ROUND_PARAMS],
      });
    });

    it("first marks the round's escrow as a fund account when payouts require verified payees", () => {
      const plain = roundOpeningActions(contracts, ROUND_PARAMS, description, { verifiedPayeesRequired: false });
      const opened = roundOpeningActions(contracts, ROUND_PARAMS, description, { verifiedPayeesRequired: true });
      expect(opened.round).to.equal(round);
      expect(opened.actions.targets).to.deep.equal([PAYEE_REGISTRY, TREASURY, ROUND_FACTORY]);
      expect(opened.actions.values).to.deep.equal([0n, 0n, 0n]);
      expect(decode("payeeRegistry", opened.actions.calldatas[0])).to.deep.equal({
        functionName: "setFundAccount",
        args: [round, true],
      });
      expect(opened.actions.calldatas.slice(1)).to.deep.equal(plain.actions.calldatas);
    });

    it("last lets the fund's paymaster pay for the round's ballots and ideas, when there is one", () => {
      const plain = roundOpeningActions(contracts, ROUND_PARAMS, description, { verifiedPayeesRequired: false });
      const opened = roundOpeningActions({ ...contracts, paymaster: PAYMASTER }, ROUND_PARAMS, description, {
        verifiedPayeesRequired: false,
      });
      expect(opened.round).to.equal(round);
      expect(opened.actions.targets).to.deep.equal([TREASURY, ROUND_FACTORY, PAYMASTER]);
      expect(opened.actions.values).to.deep.equal([0n, 0n, 0n]);
      expect(opened.actions.calldatas.slice(0, 2)).to.deep.equal(plain.actions.calldatas);
      // castBallot(uint256[]), castBallotBySig(address,uint256[],uint256,bytes) (through the
      // signature relay), submitIdea(uint16,uint128,bytes32), withdrawIdea(uint256)
      expect(decode("paymaster", opened.actions.calldatas[2])).to.deep.equal({
        functionName: "setAllowedActions",
        args: [[round, round, round, round], ["0xf9d5e6ea", "0xc2c4eaeb", "0x24d9296a", "0x2613ded9"], true],
      });
      const none = roundOpeningActions({ ...contracts, paymaster: null }, ROUND_PARAMS, description, {
        verifiedPayeesRequired: false,
      });
      expect(none.actions).to.deep.equal(plain.actions);
    });
  });

  describe("the gas fund", () => {
    it("is topped up by a grant of ETH from the treasury to the paymaster", () => {
      const description = proposalDescription("Top up the gas fund", text("Top up the gas fund"), ANNA);
      const actions = gasFundTopUpActions(TREASURY, PAYMASTER, 2_000_000_000_000_000_000n, description);
      expect(actions.targets).to.deep.equal([TREASURY]);
      expect(actions.values).to.deep.equal([0n]);
      expect(decode("treasury", actions.calldatas[0])).to.deep.equal({
        functionName: "pay",
        args: [ETH_ADDRESS, PAYMASTER, 2_000_000_000_000_000_000n, descriptionHash(description)],
      });
    });
  });

  describe("stewards' money", () => {
    it("creates a pool at its predicted address, then reserves its budget for it", () => {
      const params: PoolParams = {
        kind: 1,
        text: text("Arbejdsgruppe: Tryg skolevej. Gør skolevejen tryg"),
        token: DKKT,
        capPerGrant: 10_000_000_000n,
        endsAt: 2_000_000_000,
        committee: [ANNA, BACH],
        threshold: 2,
      };
      const description = proposalDescription("Arbejdsgruppe: Tryg skolevej", text("Tryg skolevej"), ANNA);
      const salt = descriptionHash(description);
      const contracts = { treasury: TREASURY, poolFactory: POOL_FACTORY, poolImplementation: POOL_IMPLEMENTATION };
      const created = poolCreationActions(contracts, params, 20_000_000_000n, description);
      const pool = predictClone(POOL_FACTORY, POOL_IMPLEMENTATION, salt);
      expect(created.salt).to.equal(salt);
      expect(created.pool).to.equal(pool);
      expect(created.actions.targets).to.deep.equal([POOL_FACTORY, TREASURY]);
      expect(created.actions.values).to.deep.equal([0n, 0n]);
      expect(decode("poolFactory", created.actions.calldatas[0])).to.deep.equal({
        functionName: "createPool",
        args: [salt, params],
      });
      expect(decode("treasury", created.actions.calldatas[1])).to.deep.equal({
        functionName: "setAllowance",
        args: [pool, DKKT, 20_000_000_000n],
      });
    });

    it("reserves a milestone grant's total, then creates the grant", () => {
      const actions = milestoneGrantActions(
        { treasury: TREASURY, milestoneGrants: MILESTONE_GRANTS },
        {
          payee: BACH,
          asset: DKKT,
          title: text("Nyt tag på spejderhytten"),
          milestones: [
            { amount: 40_000_000_000n, description: text("Materialer leveret") },
            { amount: 60_000_000_000n, description: text("Taget lagt") },
            { amount: 20_000_000_000n, description: text("Afsluttende syn") },
          ],
        },
      );
      expect(actions.targets).to.deep.equal([TREASURY, MILESTONE_GRANTS]);
      expect(actions.values).to.deep.equal([0n, 0n]);
      expect(decode("treasury", actions.calldatas[0])).to.deep.equal({
        functionName: "increaseAllowance",
        args: [MILESTONE_GRANTS, DKKT, 120_000_000_000n],
      });
      expect(decode("milestoneGrants", actions.calldatas[1])).to.deep.equal({
        functionName: "createGrant",
        args: [
          BACH,
          DKKT,
          [40_000_000_000n, 60_000_000_000n, 20_000_000_000n],
          [text("Materialer leveret"), text("Taget lagt"), text("Afsluttende syn")],
          text("Nyt tag på spejderhytten"),
        ],
      });
    });

    it("sets the milestone veto window and the payee verification rule, each by its setter", () => {
      const veto = vetoWindowActions(MILESTONE_GRANTS, 172_800);
      expect(veto.targets).to.deep.equal([MILESTONE_GRANTS]);
      expect(veto.values).to.deep.equal([0n]);
      expect(decode("milestoneGrants", veto.calldatas[0])).to.deep.equal({
        functionName: "setVetoWindow",
        args: [172_800],
      });
      const off = verificationRuleActions(PAYEE_REGISTRY, false);
      expect(off.targets).to.deep.equal([PAYEE_REGISTRY]);
      expect(decode("payeeRegistry", off.calldatas[0])).to.deep.equal({
        functionName: "setVerificationRequired",
        args: [false],
      });
    });
  });

  describe("clone addresses, against the deployed factories", () => {
    it("predicts what the round and pool factories' predictRound and predictPool answer", async () => {
      const f = await loadFixture(membershipFund);
      const { roundFactory, roundImplementation, poolFactory, poolImplementation } = f.contracts;
      for (const words of ["", "Borgermillion 2026", "Hurtigpuljen"]) {
        const salt = keccak256(toBytes(words));
        expect(predictClone(roundFactory!, roundImplementation!, salt)).to.equal(
          await f.fund.rounds!.factory.predictRound(salt),
        );
        expect(predictClone(poolFactory, poolImplementation, salt)).to.equal(
          await f.fund.pools.factory.predictPool(salt),
        );
      }
      // A round opened by a proposal lands where the factory says, salted by its description.
      const description = proposalDescription("Borgermillion 2026", text("Borgermillion 2026"), f.voters[0].address);
      const { round } = roundOpeningActions(
        {
          treasury: f.contracts.treasury,
          roundFactory: roundFactory!,
          roundImplementation: roundImplementation!,
          payeeRegistry: f.contracts.payeeRegistry,
        },
        { ...ROUND_PARAMS, rule: f.contracts.allocationRule! },
        description,
        { verifiedPayeesRequired: false },
      );
      expect(round).to.equal(await f.fund.rounds!.factory.predictRound(descriptionHash(description)));
    });
  });
});
