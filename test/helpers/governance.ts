import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { Signer } from "ethers";
import type { Address, Hex } from "viem";
import type { DeployedFund } from "../../deploy/deployFund";
import { descriptionHash, proposalDescription } from "../../sdk/model/description";
import { PROPOSAL_STATES, supportOf, type ProposalState, type VoteChoice } from "../../sdk/model/governance";
import type { ProposalActions } from "../../sdk/proposals/actions";
import { grantActions } from "../../sdk/proposals/governance";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { text } from "./texts";

/** A grant as tests write it: hardhat-ethers hands out addresses as plain strings. */
export interface TestGrant {
  /** ETH_ADDRESS or an ERC-20 address. */
  asset: string;
  recipient: string;
  amount: bigint;
}

/**
 * Drives one proposal through propose → vote → queue → execute, the way OpenZeppelin's
 * GovernorHelper does: one helper per lifecycle, reused by every test.
 *
 * A proposal's text lives off chain; its description carries `text(title)`, the commitment to
 * it, and the title in clear only as the public title the proposer chose to publish
 * (`publicTitle`, the title itself unless a test passes another or null).
 */
export class ProposalDriver {
  id = 0n;
  /** The commitment to the proposal's text, as its description references it. */
  readonly text: Hex;
  readonly description: string;

  constructor(
    readonly fund: DeployedFund,
    readonly proposer: Signer & { address: string },
    readonly actions: ProposalActions,
    title: string,
    publicTitle: string | null = title,
  ) {
    this.text = text(title);
    this.description = proposalDescription(publicTitle, this.text, proposer.address);
  }

  /** A grant paid by the treasury; the payment carries this proposal's description hash. */
  static async grant(
    fund: DeployedFund,
    proposer: Signer & { address: string },
    grant: TestGrant,
    title = "A grant",
    publicTitle: string | null = title,
  ) {
    const description = proposalDescription(publicTitle, text(title), proposer.address);
    const treasury = (await fund.treasury.getAddress()) as Address;
    const actions = grantActions(
      treasury,
      { asset: grant.asset as Address, recipient: grant.recipient as Address, amount: grant.amount },
      description,
    );
    return new ProposalDriver(fund, proposer, actions, title, publicTitle);
  }

  /**
   * A proposal open for votes, for tests about voting itself: a grant of 1 wei of ETH, proposed
   * and with its vote started. The caller makes sure the treasury holds that wei by execution.
   */
  static async openForVotes(fund: DeployedFund, proposer: Signer & { address: string }, recipient: string) {
    const p = await ProposalDriver.grant(fund, proposer, { asset: ETH_ADDRESS, recipient, amount: 1n });
    await p.propose();
    await p.waitForSnapshot();
    return p;
  }

  get descriptionHash(): Hex {
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

  /** Votes; a `reason`, if any, must be a reference to its text (texts.ts's reasonReference). */
  vote(voter: Signer, choice: VoteChoice = "for", reason?: string) {
    const governor = this.fund.governor.connect(voter);
    return reason === undefined
      ? governor.castVote(this.id, supportOf(choice))
      : governor.castVoteWithReason(this.id, supportOf(choice), reason);
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

/** OpenZeppelin's ProposalState numbers, by name (the order is sdk/model/governance's). */
export const State = Object.fromEntries(PROPOSAL_STATES.map((s, i) => [s, BigInt(i)])) as Record<ProposalState, bigint>;
