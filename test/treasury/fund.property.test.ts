import { expect } from "chai";
import fc from "fast-check";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { ZeroHash, type ContractTransactionResponse } from "ethers";
import type { Address } from "viem";
import { proposalDescription } from "../../sdk/model/description";
import { supportOf, type VoteChoice } from "../../sdk/model/governance";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import type { ProposalActions } from "../../sdk/proposals/actions";
import { grantActions } from "../../sdk/proposals/governance";
import { DAY, membershipFund, stablecoin, tokenFund, type FundFixture } from "../helpers/fixtures";
import { text } from "../helpers/texts";

/**
 * Random sequences of deposits, delegations, proposals, votes, queues, executions and the
 * passing of time, checking after every step that:
 *  1. per asset, the treasury's balance equals deposits minus payments;
 *  2. every payment comes from a transaction that executed a proposal, and pays what that
 *     proposal's actions say — nothing is paid without an executed proposal;
 *  3. for every proposal, the votes cast never exceed the total voting power at its snapshot.
 */

type Step =
  | { kind: "deposit"; from: number; asset: number; amount: bigint }
  | { kind: "delegate"; from: number; to: number }
  | { kind: "propose"; proposer: number; asset: number; amount: bigint; recipient: number }
  | { kind: "vote"; voter: number; proposal: number; support: VoteChoice }
  | { kind: "rally"; proposal: number; voters: number }
  | { kind: "wait"; seconds: number }
  | { kind: "queue"; proposal: number }
  | { kind: "execute"; proposal: number };

const VOTERS = 8;
/** Amounts are drawn in steps of 0.001 ETH or 1 DKKT, so both assets see comparable sums. */
const UNIT = [10n ** 15n, 10n ** 6n];
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("deposit" as const),
      from: fc.nat(VOTERS - 1),
      asset: fc.nat(1),
      amount: fc.bigInt(1n, 5000n),
    }),
    weight: 2,
  },
  fc.record({ kind: fc.constant("delegate" as const), from: fc.nat(VOTERS - 1), to: fc.nat(VOTERS - 1) }),
  {
    arbitrary: fc.record({
      kind: fc.constant("propose" as const),
      proposer: fc.nat(VOTERS - 1),
      asset: fc.nat(1),
      amount: fc.bigInt(1n, 8000n),
      recipient: fc.nat(2),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("vote" as const),
      voter: fc.nat(VOTERS - 1),
      proposal: fc.nat(2),
      support: fc.constantFrom<VoteChoice>("for", "against", "abstain"),
    }),
    weight: 3,
  },
  // Several members vote For at once, so sequences reach quorum and payouts often enough.
  {
    arbitrary: fc.record({
      kind: fc.constant("rally" as const),
      proposal: fc.nat(2),
      voters: fc.integer({ min: 1, max: 5 }),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant("wait" as const), seconds: fc.constantFrom(3600, DAY, 3 * DAY, 6 * DAY) }),
  { arbitrary: fc.record({ kind: fc.constant("queue" as const), proposal: fc.nat(2) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("execute" as const), proposal: fc.nat(2) }), weight: 2 },
);

interface Ghost {
  deposits: Map<string, bigint>;
  payments: Map<string, bigint>;
  proposals: { id: bigint; actions: ProposalActions; description: string }[];
  executions: number;
}

async function run(f: FundFixture & { assets: Address[] }, steps: Step[], ghost: Ghost) {
  const { fund, voters, outsider, recipient, guardian } = f;
  const recipients = [recipient, outsider, guardian];
  const treasury = fund.treasury;
  const treasuryAddress = f.contracts.treasury;
  const add = (m: Map<string, bigint>, k: string, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);

  async function attempt(send: () => Promise<ContractTransactionResponse>) {
    try {
      return await (await send()).wait();
    } catch {
      return null; // a refused step (wrong state, already voted, not enough money…) changes nothing
    }
  }

  // A step that needs a later phase first lets time run to it (sometimes past it), so random
  // sequences reach votes, queues and payouts instead of mostly hitting "too early".
  async function advanceTo(id: bigint, kind: "vote" | "rally" | "queue" | "execute") {
    const state = await fund.governor.state(id);
    const until = async (t: bigint) => {
      if (t > BigInt(await time.latest())) await time.increaseTo(t);
    };
    if ((kind === "vote" || kind === "rally") && state === 0n)
      await until((await fund.governor.proposalSnapshot(id)) + 1n);
    if (kind === "queue" && state === 1n) await until((await fund.governor.proposalDeadline(id)) + 1n);
    if (kind === "execute" && state === 5n) await until(await fund.governor.proposalEta(id));
  }

  // Steps name proposals by a small number, taken modulo the proposals made so far.
  const pick = (n: number) => (ghost.proposals.length === 0 ? undefined : ghost.proposals[n % ghost.proposals.length]);

  for (const s of steps) {
    let receipt = null;
    switch (s.kind) {
      case "deposit": {
        const asset = f.assets[s.asset];
        const amount = s.amount * UNIT[s.asset];
        if (asset === ETH_ADDRESS) {
          receipt = await attempt(() => treasury.connect(voters[s.from]).deposit(ZeroHash, { value: amount }));
        } else {
          const dkkt = (await ethers.getContractAt("DemoStablecoin", asset)).connect(outsider);
          await dkkt.approve(treasuryAddress, amount);
          receipt = await attempt(() => treasury.connect(outsider).depositToken(asset, amount, text("property")));
        }
        break;
      }
      case "delegate": {
        const source = fund.membership ?? fund.token!;
        receipt = await attempt(() => source.connect(voters[s.from]).delegate(voters[s.to].address));
        break;
      }
      case "propose": {
        const proposer = voters[s.proposer];
        const title = `Grant ${ghost.proposals.length + 1}`;
        const description = proposalDescription(title, text(title), proposer.address);
        const actions = grantActions(
          treasuryAddress,
          {
            asset: f.assets[s.asset],
            recipient: recipients[s.recipient].address as Address,
            amount: s.amount * UNIT[s.asset],
          },
          description,
        );
        receipt = await attempt(() =>
          fund.governor.connect(proposer).propose(actions.targets, actions.values, actions.calldatas, description),
        );
        if (receipt) ghost.proposals.push({ id: await fund.governor.latestProposalId(), actions, description });
        break;
      }
      case "vote": {
        const p = pick(s.proposal);
        if (p) await advanceTo(p.id, s.kind);
        if (p)
          receipt = await attempt(() => fund.governor.connect(voters[s.voter]).castVote(p.id, supportOf(s.support)));
        break;
      }
      case "rally": {
        const p = pick(s.proposal);
        if (p) await advanceTo(p.id, s.kind);
        for (let i = 0; p && i < s.voters; i++) {
          const r = await attempt(() => fund.governor.connect(voters[i]).castVote(p.id, supportOf("for")));
          if (r) receipt = r;
        }
        break;
      }
      case "wait":
        await time.increase(s.seconds);
        break;
      case "queue":
      case "execute": {
        const p = pick(s.proposal);
        if (!p) break;
        await advanceTo(p.id, s.kind);
        const args = [p.actions.targets, p.actions.values, p.actions.calldatas, ethers.id(p.description)] as const;
        receipt = await attempt(() =>
          s.kind === "queue"
            ? fund.governor["queue(address[],uint256[],bytes[],bytes32)"](...args)
            : fund.governor["execute(address[],uint256[],bytes[],bytes32)"](...args),
        );
        break;
      }
    }

    // Ghost ledger from the events of what went through.
    let executedIds: bigint[] = [];
    for (const log of receipt?.logs ?? []) {
      if (log.address === treasuryAddress) {
        const event = treasury.interface.parseLog(log)!;
        if (event.name === "Deposited") add(ghost.deposits, event.args.token, event.args.amount);
        if (event.name === "Paid") add(ghost.payments, event.args.token, event.args.amount);
      }
      if (log.address === (await fund.governor.getAddress())) {
        const event = fund.governor.interface.parseLog(log);
        if (event?.name === "ProposalExecuted") executedIds = [...executedIds, event.args.proposalId];
      }
    }

    // 2. A payment only inside an execution, and exactly what the executed proposal says.
    const paid = (receipt?.logs ?? []).filter(
      (l) => l.address === treasuryAddress && treasury.interface.parseLog(l)!.name === "Paid",
    );
    if (paid.length > 0) {
      expect(executedIds, "a payment without an executed proposal").to.have.length(1);
      const proposal = ghost.proposals.find((p) => p.id === executedIds[0])!;
      const [token, to, amount, decision] = treasury.interface.decodeFunctionData("pay", proposal.actions.calldatas[0]);
      expect(paid).to.have.length(1);
      expect(treasury.interface.parseLog(paid[0])!.args.toArray()).to.deep.equal([token, to, amount, decision]);
      expect(decision).to.equal(ethers.id(proposal.description));
      ghost.executions++;
    }

    // 1. Balance = deposits − payments, per asset.
    for (const asset of f.assets) {
      expect(await treasury.balanceOf(asset)).to.equal(
        (ghost.deposits.get(asset) ?? 0n) - (ghost.payments.get(asset) ?? 0n),
      );
    }

    // 3. Votes cast ≤ voting power at the snapshot.
    const now = await time.latest();
    for (const p of ghost.proposals) {
      const snapshot = await fund.governor.proposalSnapshot(p.id);
      if (snapshot >= BigInt(now)) continue;
      const [against, forVotes, abstain] = await fund.governor.proposalVotes(p.id);
      const source = fund.membership ?? fund.token!;
      expect(against + forVotes + abstain).to.be.at.most(await source.getPastTotalSupply(snapshot));
    }
  }
}

for (const [mode, base] of [
  ["membership", membershipFund],
  ["token", tokenFund],
] as const) {
  describe(`Fund invariants under random sequences (${mode} voting)`, () => {
    // The treasury starts with 3 ETH and 3,000 DKKT, so early payouts can succeed too.
    const START = [3n * 10n ** 18n, 3000n * 10n ** 6n];
    async function fixture() {
      const f = await base();
      const dkkt = await stablecoin(f.deployer, f.outsider.address);
      const assets: Address[] = [ETH_ADDRESS, (await dkkt.getAddress()) as Address];
      await f.fund.treasury.connect(f.outsider).deposit(text("start"), { value: START[0] });
      await dkkt.connect(f.outsider).approve(await f.fund.treasury.getAddress(), START[1]);
      await f.fund.treasury.connect(f.outsider).depositToken(assets[1], START[1], text("start"));
      return { ...f, assets };
    }

    it("keeps balance = deposits − payments, pays only executed proposals, and never counts more votes than exist", async () => {
      let executions = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 15, maxLength: 50 }), async (steps) => {
          const f = await loadFixture(fixture);
          const ghost: Ghost = {
            deposits: new Map(f.assets.map((a, i) => [a, START[i]])),
            payments: new Map(),
            proposals: [],
            executions: 0,
          };
          await run(f, steps, ghost);
          executions += ghost.executions;
        }),
        {
          numRuns: Number(process.env.PROPERTY_RUNS ?? 40),
          seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined,
        },
      );
      // The generator must reach payouts, or the properties above were never exercised.
      expect(executions).to.be.greaterThan(0);
    });
  });
}
