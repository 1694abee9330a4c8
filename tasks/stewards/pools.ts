import { task } from "hardhat/config";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { amountsIn, contentTexts, fundContext, plainErrors, readJsonFile, wholeNumber } from "../context";
import { checkedAddress, iso, propose } from "./shared";

// Tasks for pools: a quick pool or task group proposed to the members, and its committee's
// micro-grants. Imports inside actions are lazy: this file is loaded before typechain has run.

const poolParam = "Pool: its number (1 = the first created), its address or its name";

/** When the proposal made now could be executed at the earliest: delay + voting + timelock. */
async function earliestExecution(
  hre: HardhatRuntimeEnvironment,
  fund: Awaited<ReturnType<typeof fundContext>>["fund"],
) {
  const now = (await hre.ethers.provider.getBlock("latest"))!.timestamp;
  const g = fund.governor;
  const wait = Number((await g.votingDelay()) + (await g.votingPeriod()) + (await fund.timelock.getMinDelay()));
  return { now, earliestExecution: now + wait };
}

task(
  "pool:propose",
  "Proposes a quick pool or task group from a JSON file: the proposal creates it and reserves its budget",
)
  .addPositionalParam("file", "The pool's description (see config/pool-demo.json)")
  .addFlag("publishTitle", "Also write the title on chain, where it stays for ever (it cannot be erased)")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(async (args: { file: string; publishTitle: boolean; from?: string }, hre) => {
      const { parsePoolConfig } = await import("../../sdk/config/stewards");
      const { poolCreationActions } = await import("../../sdk/proposals/stewards");
      const { predictClone } = await import("../../sdk/proposals/clones");
      const { descriptionHash } = await import("../../sdk/model/description");
      const { formatAmount, resolveAsset, writeProposalText } = await import("../../harness/operations");
      const context = await fundContext(hre, args.from);
      const { fund, signer, record } = context;
      const raw = readJsonFile(args.file);
      const asset = await resolveAsset(fund, String(raw.asset ?? ""));
      const pool = parsePoolConfig(raw, { asset, ...(await earliestExecution(hre, fund)) });
      const texts = (await contentTexts(hre)).as(signer);
      const proposal = await writeProposalText(fund, signer, texts, {
        title: pool.title,
        body: pool.description,
        publishTitle: args.publishTitle,
      });
      const { treasury, poolFactory, poolImplementation } = record.contracts;
      // The pool's own text belongs to the pool, whose address the description fixes.
      const predicted = predictClone(poolFactory, poolImplementation, descriptionHash(proposal.description));
      const text = await texts.write("pool", predicted, { name: pool.name, mandate: pool.mandate });
      const { actions, pool: address } = poolCreationActions(
        { treasury, poolFactory, poolImplementation },
        { ...pool.settings, text },
        pool.budget,
        proposal.description,
      );
      const { treasuryWarnings } = await import("../warnings");
      const warnings = await treasuryWarnings(fund, actions);
      const id = await propose(context, actions, proposal.description, [proposal.commitment, text], texts);
      const p = pool.settings;
      const kind = p.kind === 0 ? "quick pool" : "task group";
      console.log(
        `Proposal ${id}: create ${kind} "${pool.name}" at ${address} with ${formatAmount(pool.budget, asset)}, at most ${formatAmount(p.capPerGrant, asset)} a grant, until ${iso(p.endsAt)}; ${p.threshold} of its ${p.committee.length} committee member(s) must approve each grant`,
      );
      for (const warning of warnings) console.log(warning);
      return { proposalId: id, pool: address };
    }),
  );

task("pool:grant", "Proposes a micro-grant from a pool (committee members); it counts as the proposer's approval")
  .addParam("pool", poolParam)
  .addParam("payee", "Who is paid: an address")
  .addParam("amount", "Amount in whole units of the pool's asset, e.g. 2500")
  .addParam("reason", "What it is for (kept in the content service)")
  .addOptionalParam("from", "Committee member: an address or account index")
  .setAction(
    plainErrors(async (args: { pool: string; payee: string; amount: string; reason: string; from?: string }, hre) => {
      const { isAddress } = await import("ethers");
      const { findPool, assetAt } = await import("../../harness/stewardsRead");
      const { formatAmount, parseAmount } = await import("../../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const payee = checkedAddress("--payee", args.payee, isAddress);
      const content = await contentTexts(hre);
      const pool = await findPool(fund, args.pool, content.read);
      const contract = pool.contract.connect(signer);
      const asset = await assetAt(fund, await contract.token());
      amountsIn(asset.address); // the pool's cap and budget are in its asset
      const amount = parseAmount(args.amount, asset);
      const texts = content.as(signer);
      const reason = await texts.write("poolGrant", pool.address, { reason: args.reason });
      const receipt = await (await contract.proposeGrant(payee, amount, reason)).wait();
      await texts.confirm([reason], receipt!.hash);
      const events = receipt!.logs.map((log) => contract.interface.parseLog(log)).filter((e) => e !== null);
      const id = events.find((e) => e.name === "GrantProposed")!.args.grantId as bigint;
      const threshold = await contract.threshold();
      const paid = events.some((e) => e.name === "GrantPaid");
      const lines = [
        `Grant ${id} proposed in ${pool.name}: ${formatAmount(amount, asset)} to ${payee} (${args.reason}); ${paid ? `paid at once (1 approval needed)` : `1 of ${threshold} approvals, waiting for another committee member`}`,
      ];
      if (!(await fund.payees.isVerified(payee))) lines.push(`Note: ${payee} is not a verified payee (payee:attest).`);
      console.log(lines.join("\n"));
      return id;
    }),
  );

task(
  "pool:approve",
  "Approves a pending micro-grant (committee members); the approval that reaches the threshold pays it",
)
  .addParam("pool", poolParam)
  .addParam("grant", "Grant number within the pool")
  .addOptionalParam("from", "Committee member: an address or account index")
  .setAction(
    plainErrors(async (args: { pool: string; grant: string; from?: string }, hre) => {
      const { findPool, assetAt } = await import("../../harness/stewardsRead");
      const { formatAmount } = await import("../../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const id = wholeNumber("--grant", args.grant);
      const pool = await findPool(fund, args.pool, (await contentTexts(hre)).read);
      const contract = pool.contract.connect(signer);
      const asset = await assetAt(fund, await contract.token());
      amountsIn(asset.address); // the pool's cap and budget are in its asset
      await (await contract.approveGrant(id)).wait();
      const grant = await contract.grantOf(id);
      const threshold = await contract.threshold();
      console.log(
        grant.status === 2n // Paid
          ? `Grant ${id} in ${pool.name} approved by ${signer.address}: ${grant.approvals} of ${threshold} approvals, paid ${formatAmount(grant.amount, asset)} to ${grant.payee}; the pool has ${formatAmount(await contract.remaining(), asset)} left`
          : `Grant ${id} in ${pool.name} approved by ${signer.address}: ${grant.approvals} of ${threshold} approvals, waiting for another committee member`,
      );
    }),
  );
