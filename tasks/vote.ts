import { task } from "hardhat/config";
import { fundContext, plainErrors, proposalId } from "./context";

task("vote", "Casts a vote on a proposal")
  .addParam("id", "Proposal number")
  .addParam("support", "for, against or abstain")
  .addOptionalParam("reason", "Why (public, on chain)", "")
  .addOptionalParam("from", "Voter: an address or account index")
  .setAction(
    plainErrors(async (args: { id: string; support: string; reason: string; from?: string }, hre) => {
      const { castVote } = await import("../harness/operations");
      const support = args.support.toLowerCase();
      if (support !== "for" && support !== "against" && support !== "abstain") {
        throw new Error(`--support must be for, against or abstain, got "${args.support}"`);
      }
      const { fund, signer } = await fundContext(hre, args.from);
      const hash = await castVote(fund, signer, proposalId(args.id), support, args.reason);
      console.log(`Voted ${support} on proposal ${args.id} (tx ${hash})`);
    }),
  );
