import fs from "node:fs";
import { task } from "hardhat/config";
import { contentTexts, fundContext, plainErrors, readJsonFile, wholeNumber } from "../context";
import { iso, propose } from "./shared";

// Tasks for milestone grants: proposed to the members, delivered with evidence by a steward,
// released after the guardian's veto window. Imports inside actions are lazy: this file is
// loaded before typechain has run.

task(
  "milestone:propose",
  "Proposes a grant paid in milestones from a JSON file: the proposal reserves the total and creates it",
)
  .addPositionalParam("file", "The grant's description (see config/milestone-demo.json)")
  .addFlag("publishTitle", "Also write the title on chain, where it stays for ever (it cannot be erased)")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(async (args: { file: string; publishTitle: boolean; from?: string }, hre) => {
      const { parseMilestoneConfig } = await import("../../sdk/config/stewards");
      const { milestoneGrantActions } = await import("../../sdk/proposals/stewards");
      const { formatAmount, resolveAsset, writeProposalText } = await import("../../harness/operations");
      const context = await fundContext(hre, args.from);
      const { fund, signer, record } = context;
      const raw = readJsonFile(args.file);
      const asset = await resolveAsset(fund, String(raw.asset ?? ""));
      const grant = parseMilestoneConfig(raw, { asset });
      const texts = (await contentTexts(hre)).as(signer);
      const proposal = await writeProposalText(fund, signer, texts, {
        title: grant.title,
        body: grant.description,
        publishTitle: args.publishTitle,
      });
      const { treasury, milestoneGrants } = record.contracts;
      const title = await texts.write("milestoneGrant", milestoneGrants, { title: grant.title });
      const descriptions: `0x${string}`[] = [];
      for (const m of grant.milestones) {
        descriptions.push(await texts.write("milestonePlan", milestoneGrants, { description: m.description }));
      }
      const plan = {
        payee: grant.payee,
        asset: grant.asset,
        title,
        milestones: grant.milestones.map((m, i) => ({ amount: m.amount, description: descriptions[i] })),
      };
      const actions = milestoneGrantActions({ treasury, milestoneGrants }, plan);
      const { payeeWarning, treasuryWarnings } = await import("../warnings");
      // createGrant checks the payee with the registry, as a payment would.
      const warnings = [
        ...(await treasuryWarnings(fund, actions)),
        ...[await payeeWarning(fund, grant.payee)].filter((w) => w !== null),
      ];
      const id = await propose(
        context,
        actions,
        proposal.description,
        [proposal.commitment, title, ...descriptions],
        texts,
      );
      const total = grant.milestones.reduce((sum, m) => sum + m.amount, 0n);
      console.log(
        `Proposal ${id}: milestone grant "${grant.title}" of ${formatAmount(total, asset)} to ${grant.payee} in ${grant.milestones.length} milestone(s): ${grant.milestones.map((m) => `${formatAmount(m.amount, asset)} for ${m.description}`).join("; ")}`,
      );
      for (const warning of warnings) console.log(warning);
      return id;
    }),
  );

/**
 * A milestone as people number it (1 = the first, as the dApp, the audit and the task's own
 * sentences do) and the contract's index for it (from 0).
 */
function milestoneNumber(value: string): { number: number; index: number } {
  const number = Number(wholeNumber("--milestone", value));
  if (number < 1) throw new Error(`--milestone counts from 1 (the first milestone), got "${value}"`);
  return { number, index: number - 1 };
}

task("milestone:deliver", "Marks a milestone delivered, with evidence (stewards); the guardian's veto window starts")
  .addParam("grant", "Milestone grant number")
  .addParam("milestone", "Milestone number within the grant (1 = the first, as the dApp and the audit number them)")
  .addParam("uri", "Where the evidence can be seen (kept in the content service)")
  .addOptionalParam("note", "What the evidence shows", "")
  .addOptionalParam("hash", "The evidence's hash (0x + 64 hex digits)")
  .addOptionalParam("file", "A file to hash as the evidence (instead of --hash)")
  .addOptionalParam("from", "Steward: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: {
          grant: string;
          milestone: string;
          uri: string;
          note: string;
          hash?: string;
          file?: string;
          from?: string;
        },
        hre,
      ) => {
        const { keccak256 } = await import("ethers");
        const grant = wholeNumber("--grant", args.grant);
        const { number, index } = milestoneNumber(args.milestone);
        if ((args.hash === undefined) === (args.file === undefined))
          throw new Error("Give the evidence as either --hash or --file (to hash), not both or neither");
        let hash: string;
        if (args.file !== undefined) hash = keccak256(fs.readFileSync(args.file));
        else if (/^0x[0-9a-fA-F]{64}$/.test(args.hash!)) hash = args.hash!;
        else throw new Error(`--hash must be 0x and 64 hex digits, got "${args.hash}"`);
        const { fund, signer, record } = await fundContext(hre, args.from);
        const texts = (await contentTexts(hre)).as(signer);
        const evidence = await texts.write("milestoneEvidence", record.contracts.milestoneGrants, {
          uri: args.uri,
          note: args.note,
        });
        const receipt = await (
          await fund.milestones.connect(signer).markDelivered(grant, index, evidence, hash)
        ).wait();
        await texts.confirm([evidence], receipt!.hash);
        const milestone = await fund.milestones.milestoneOf(grant, index);
        console.log(
          `Milestone ${number} of grant ${grant} marked delivered by ${signer.address} (evidence ${args.uri}, hash ${hash}); it can be released from ${iso(milestone.releasableAt)} unless the guardian stops it before`,
        );
      },
    ),
  );

task("milestone:release", "Pays a delivered milestone once its veto window is over (anyone may)")
  .addParam("grant", "Milestone grant number")
  .addParam("milestone", "Milestone number within the grant (1 = the first, as the dApp and the audit number them)")
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { grant: string; milestone: string; from?: string }, hre) => {
      const { assetAt } = await import("../../harness/stewardsRead");
      const { formatAmount } = await import("../../harness/operations");
      const grant = wholeNumber("--grant", args.grant);
      const { number, index } = milestoneNumber(args.milestone);
      const { fund, signer } = await fundContext(hre, args.from);
      await (await fund.milestones.connect(signer).release(grant, index)).wait();
      const [g, m] = await Promise.all([fund.milestones.grantOf(grant), fund.milestones.milestoneOf(grant, index)]);
      console.log(
        `Milestone ${number} of grant ${grant} released: ${formatAmount(m.amount, await assetAt(fund, g.token))} paid to ${g.payee}`,
      );
    }),
  );
