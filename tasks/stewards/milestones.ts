import fs from "node:fs";
import { task } from "hardhat/config";
import { fundContext, plainErrors } from "../context";
import { iso, propose, wholeNumber } from "./shared";

// Tasks for milestone grants: proposed to the members, delivered with evidence by a steward,
// released after the guardian's veto window. Imports inside actions are lazy: this file is
// loaded before typechain has run.

task(
  "milestone:propose",
  "Proposes a grant paid in milestones from a JSON file: the proposal reserves the total and creates it",
)
  .addPositionalParam("file", "The grant's description (see config/milestone-demo.json)")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(async (args: { file: string; from?: string }, hre) => {
      const { parseMilestoneConfig } = await import("../../sdk/config/stewards");
      const { milestoneGrantActions } = await import("../../sdk/proposals/stewards");
      const { proposalDescription } = await import("../../sdk/model/description");
      const { formatAmount, resolveAsset } = await import("../../harness/operations");
      const context = await fundContext(hre, args.from);
      const { fund, signer, record } = context;
      const raw = JSON.parse(fs.readFileSync(args.file, "utf8")) as Record<string, unknown>;
      const asset = await resolveAsset(fund, String(raw.asset ?? ""));
      const grant = parseMilestoneConfig(raw, { asset });
      const description = proposalDescription(grant.title, grant.description, signer.address);
      const { treasury, milestoneGrants } = record.contracts;
      const actions = milestoneGrantActions({ treasury, milestoneGrants }, grant.plan);
      const id = await propose(context, actions, description);
      const total = grant.plan.milestones.reduce((sum, m) => sum + m.amount, 0n);
      console.log(
        `Proposal ${id}: milestone grant "${grant.title}" of ${formatAmount(total, asset)} to ${grant.plan.payee} in ${grant.plan.milestones.length} milestone(s): ${grant.plan.milestones.map((m) => `${formatAmount(m.amount, asset)} for ${m.description}`).join("; ")}`,
      );
      return id;
    }),
  );

task("milestone:deliver", "Marks a milestone delivered, with evidence (stewards); the guardian's veto window starts")
  .addParam("grant", "Milestone grant number")
  .addParam("index", "Milestone number within the grant (0 = the first)")
  .addParam("uri", "Where the evidence can be seen")
  .addOptionalParam("hash", "The evidence's hash (0x + 64 hex digits)")
  .addOptionalParam("file", "A file to hash as the evidence (instead of --hash)")
  .addOptionalParam("from", "Steward: an address or account index")
  .setAction(
    plainErrors(
      async (args: { grant: string; index: string; uri: string; hash?: string; file?: string; from?: string }, hre) => {
        const { keccak256 } = await import("ethers");
        const grant = wholeNumber("--grant", args.grant);
        const index = Number(wholeNumber("--index", args.index));
        if ((args.hash === undefined) === (args.file === undefined))
          throw new Error("Give the evidence as either --hash or --file (to hash), not both or neither");
        let hash: string;
        if (args.file !== undefined) hash = keccak256(fs.readFileSync(args.file));
        else if (/^0x[0-9a-fA-F]{64}$/.test(args.hash!)) hash = args.hash!;
        else throw new Error(`--hash must be 0x and 64 hex digits, got "${args.hash}"`);
        const { fund, signer } = await fundContext(hre, args.from);
        await (await fund.milestones.connect(signer).markDelivered(grant, index, args.uri, hash)).wait();
        const milestone = await fund.milestones.milestoneOf(grant, index);
        console.log(
          `Milestone ${index} of grant ${grant} marked delivered by ${signer.address} (evidence ${args.uri}, hash ${hash}); it can be released from ${iso(milestone.releasableAt)} unless the guardian stops it before`,
        );
      },
    ),
  );

task("milestone:release", "Pays a delivered milestone once its veto window is over (anyone may)")
  .addParam("grant", "Milestone grant number")
  .addParam("index", "Milestone number within the grant (0 = the first)")
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { grant: string; index: string; from?: string }, hre) => {
      const { assetAt } = await import("../../harness/stewardsRead");
      const { formatAmount } = await import("../../harness/operations");
      const grant = wholeNumber("--grant", args.grant);
      const index = Number(wholeNumber("--index", args.index));
      const { fund, signer } = await fundContext(hre, args.from);
      await (await fund.milestones.connect(signer).release(grant, index)).wait();
      const [g, m] = await Promise.all([fund.milestones.grantOf(grant), fund.milestones.milestoneOf(grant, index)]);
      console.log(
        `Milestone ${index} of grant ${grant} released: ${formatAmount(m.amount, await assetAt(fund, g.token))} paid to ${g.payee}`,
      );
    }),
  );
