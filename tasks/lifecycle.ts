import { task } from "hardhat/config";
import { fundContext, plainErrors, proposalId } from "./context";

task("queue", "Queues a passed proposal in the timelock (anyone may)")
  .addParam("id", "Proposal number")
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { id: string; from?: string }, hre) => {
      const { queueProposal } = await import("../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const id = proposalId(args.id);
      const hash = await queueProposal(fund, signer, id);
      const eta = await fund.governor.proposalEta(id);
      console.log(
        `Queued proposal ${id}; it can be executed from ${new Date(Number(eta) * 1000).toISOString()} (tx ${hash})`,
      );
    }),
  );

task("execute", "Executes a queued proposal once its timelock delay has passed (anyone may)")
  .addParam("id", "Proposal number")
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { id: string; from?: string }, hre) => {
      const { executeProposal } = await import("../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const hash = await executeProposal(fund, signer, proposalId(args.id));
      console.log(`Executed proposal ${args.id} (tx ${hash})`);
    }),
  );
