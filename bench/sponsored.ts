/**
 * Gas of a sponsored vote through the EntryPoint v0.8 (a passkey account, the fund's paymaster)
 * next to a direct castVote, of an account's first operation that deploys it, and of a wallet
 * member's vote by signature carried by the signature relay (the wallet holds no ETH). Runs on
 * Hardhat's in-process chain, whose default hardfork (Osaka) has the P-256 precompile (EIP-7951
 * at 0x100), so OpenZeppelin's verifier uses it. Without it (hardfork "prague") OpenZeppelin's
 * Solidity fallback verifies the passkey. `npx hardhat run bench/sponsored.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import hre from "hardhat";
import { ZeroHash } from "ethers";
import { ProposalDriver } from "../test/helpers/governance";
import { bundle, resident, sponsoredFund, userOp } from "../test/accounts/accountsFixture";
import { relayOp, signAction } from "../test/accounts/relayFixture";

/**
 * What a member's year costs the fund, by assumption: this many sponsored votes (the first one
 * also creates the account), at these gas prices (stated, not measured: a cheap L2 block and a
 * quiet Ethereum L1 block). Ballots and ideas are not measured yet; a vote stands in for them.
 */
const ACTIONS_PER_YEAR = 24;
const GAS_PRICES_GWEI = [0.01, 1];

async function main() {
  const f = await sponsoredFund();
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  const first = await resident(f);
  const steady = await resident(f);
  const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
  const governor = await f.fund.governor.getAddress();
  const vote = { target: governor, data: f.fund.governor.interface.encodeFunctionData("castVote", [p.id, 1]) };

  // Warm the steady account (deployed by a delegation), then measure its vote.
  const membership = await f.fund.membership!.getAddress();
  const delegate = f.fund.membership!.interface.encodeFunctionData("delegate", [steady.address]);
  await bundle(f, await userOp(f, steady, [{ target: membership, data: delegate }]));
  const direct = (await (await f.fund.governor.connect(f.voters[1]).castVote(p.id, 1)).wait())!.gasUsed;
  const directSecond = (await (await f.fund.governor.connect(f.voters[2]).castVote(p.id, 1)).wait())!.gasUsed;
  const sponsoredVote = (await bundle(f, await userOp(f, steady, [vote])))!.gasUsed;
  const firstOperation = (await bundle(f, await userOp(f, first, [vote])))!.gasUsed;
  const signed = await signAction({
    kind: "vote",
    governor: governor as `0x${string}`,
    voter: f.voters[3].address as `0x${string}`,
    proposalId: p.id,
    support: 1,
  });
  const relayedVote = (await bundle(f, await relayOp(f, signed)))!.gasUsed;

  const results = {
    chain: `hardhat, hardfork ${hre.config.networks.hardhat.hardfork}`,
    directCastVote: Number(directSecond),
    directCastVoteReachingQuorum: Number(direct),
    sponsoredCastVote: Number(sponsoredVote),
    sponsoredRatio: Number(((Number(sponsoredVote) / Number(directSecond)) * 100).toFixed(0)) / 100,
    firstOperationDeployingAccount: Number(firstOperation),
    relayedCastVoteBySig: Number(relayedVote),
    relayedRatio: Number(((Number(relayedVote) / Number(directSecond)) * 100).toFixed(0)) / 100,
    costPerMemberPerYear: GAS_PRICES_GWEI.map((gwei) => {
      const gas = Number(firstOperation) + (ACTIONS_PER_YEAR - 1) * Number(sponsoredVote);
      return { actions: ACTIONS_PER_YEAR, gasPriceGwei: gwei, gas, eth: (gas * gwei) / 1e9 };
    }),
  };
  console.table(results);
  const dir = join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "sponsored.json"), JSON.stringify(results, null, 2) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
