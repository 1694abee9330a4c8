import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { Signer } from "ethers";
import type { DeployedFund } from "../../deploy/deployFund";
import {
  descriptionHash,
  grantActions,
  proposalDescription,
  VoteSupport,
  type Grant,
  type ProposalActions,
  type VoteChoice,
} from "../../harness/proposals";

/**
 * Drives one proposal through propose → vote → queue → execute, the way OpenZeppelin's
 * GovernorHelper does: one helper per lifecycle, reused by every test.
 */
export class ProposalDriver {
  id = 0n;
  readonly description: string;

  constructor(
    readonly fund: DeployedFund,
    readonly proposer: Signer & { address: string },
    readonly actions: ProposalActions,
    title: string,
    body = "",
  ) {
    this.description = proposalDescription(title, body, proposer.address);
  }

  /** A grant paid by the treasury; the payment carries this proposal's description hash. */
  static async grant(fund: DeployedFund, proposer: Signer & { address: string }, grant: Grant, title = "A grant") {
    const description = proposalDescription(title, "", proposer.address);
    const actions = grantActions(await fund.treasury.getAddress(), grant, description);
    return new ProposalDriver(fund, proposer, actions, title);
  }

  get descriptionHash(): string {
    return descriptionHash(this.description);
  }

  private get args() {
    return [this.actions.targets, this.actions.values, this.actions.calldatas] as const;
  }

  async propose(by: Signer = this.proposer) {
    const tx = await this.fund.governor.connect(by).propose(...this.args, this.description);
    this.id = await this.fund.governor.latestProposalId();
    return tx;
  }

  async waitForSnapshot(offset = 1) {
    await time.increaseTo((await this.fund.governor.proposalSnapshot(this.id)) + BigInt(offset));
  }

  vote(voter: Signer, choice: VoteChoice = "for", reason?: string) {
    const governor = this.fund.governor.connect(voter);
    return reason === undefined
      ? governor.castVote(this.id, VoteSupport[choice])
      : governor.castVoteWithReason(this.id, VoteSupport[choice], reason);
  }

  async waitForDeadline(offset = 1) {
    await time.increaseTo((await this.fund.governor.proposalDeadline(this.id)) + BigInt(offset));
  }

  queue(by?: Signer) {
    return this.governor(by)["queue(address[],uint256[],bytes[],bytes32)"](...this.args, this.descriptionHash);
  }

  async waitForEta(offset = 0) {
    await time.increaseTo((await this.fund.governor.proposalEta(this.id)) + BigInt(offset));
  }

  execute(by?: Signer) {
    return this.governor(by)["execute(address[],uint256[],bytes[],bytes32)"](...this.args, this.descriptionHash);
  }

  cancel(by: Signer) {
    return this.governor(by)["cancel(address[],uint256[],bytes[],bytes32)"](...this.args, this.descriptionHash);
  }

  private governor(by?: Signer) {
    return by ? this.fund.governor.connect(by) : this.fund.governor;
  }

  state() {
    return this.fund.governor.state(this.id);
  }

  /** Propose, let `voters` vote For, wait out the vote, queue and wait out the timelock. */
  async passAndQueue(voters: Signer[]) {
    await this.propose();
    await this.waitForSnapshot();
    for (const voter of voters) await this.vote(voter, "for");
    await this.waitForDeadline();
    await this.queue();
    await this.waitForEta();
  }

  /** The whole lifecycle; returns the execution transaction. */
  async passAndExecute(voters: Signer[]) {
    await this.passAndQueue(voters);
    return this.execute();
  }
}

/** OpenZeppelin's ProposalState numbers. */
export const State = {
  Pending: 0n,
  Active: 1n,
  Canceled: 2n,
  Defeated: 3n,
  Succeeded: 4n,
  Queued: 5n,
  Expired: 6n,
  Executed: 7n,
} as const;
