import { task } from "hardhat/config";
import { contentTexts, fundContext, plainErrors, proposalId } from "./context";

task("grant:propose", "Proposes a grant: the treasury pays a recipient if the members approve")
  .addParam("recipient", "Who receives the money")
  .addParam("amount", "Amount in whole units, e.g. 25000")
  .addParam("title", "A short title (kept in the content service)")
  .addFlag("publishTitle", "Also write the title on chain, where it stays for ever (it cannot be erased)")
  .addOptionalParam("token", "ETH (default), a tracked symbol or a token address", "ETH")
  .addOptionalParam("description", "What the money is for (Markdown; kept in the content service)", "")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: {
          recipient: string;
          amount: string;
          title: string;
          publishTitle: boolean;
          token: string;
          description: string;
          from?: string;
        },
        hre,
      ) => {
        const { getAddress, isAddress } = await import("viem");
        const { formatAmount, parseAmount, proposeGrant, resolveAsset } = await import("../harness/operations");
        if (!isAddress(args.recipient)) throw new Error(`--recipient must be an address, got "${args.recipient}"`);
        const recipient = getAddress(args.recipient);
        const { fund, signer } = await fundContext(hre, args.from);
        const asset = await resolveAsset(fund, args.token);
        const amount = parseAmount(args.amount, asset);
        const { grantActions } = await import("../sdk/proposals/governance");
        const { payeeWarning, treasuryWarnings } = await import("./warnings");
        const grant = { asset: asset.address, recipient, amount };
        // Checked before proposing, against the treasury and the registry as they are now; the
        // description does not change what the payment needs.
        const warnings = [
          ...(await treasuryWarnings(fund, grantActions(fund.record.contracts.treasury, grant, ""))),
          ...[await payeeWarning(fund, recipient)].filter((w) => w !== null),
        ];
        const id = await proposeGrant(
          fund,
          signer,
          grant,
          { title: args.title, body: args.description, publishTitle: args.publishTitle },
          (await contentTexts(hre)).as(signer),
        );
        const snapshot = await fund.governor.proposalSnapshot(id);
        console.log(
          `Proposal ${id}: pay ${formatAmount(amount, asset)} to ${args.recipient}. Voting opens ${new Date(Number(snapshot) * 1000).toISOString()}`,
        );
        for (const warning of warnings) console.log(warning);
        return id;
      },
    ),
  );

task("vote", "Casts a vote on a proposal")
  .addParam("id", "Proposal number")
  .addParam("support", "for, against or abstain")
  .addOptionalParam("reason", "Why (kept in the content service; the vote carries its reference)", "")
  .addOptionalParam("from", "Voter: an address or account index")
  .setAction(
    plainErrors(async (args: { id: string; support: string; reason: string; from?: string }, hre) => {
      const { castVote } = await import("../harness/operations");
      const support = args.support.toLowerCase();
      if (support !== "for" && support !== "against" && support !== "abstain") {
        throw new Error(`--support must be for, against or abstain, got "${args.support}"`);
      }
      const { fund, signer } = await fundContext(hre, args.from);
      const reason = args.reason.trim() ? { text: args.reason, texts: (await contentTexts(hre)).as(signer) } : null;
      const hash = await castVote(fund, signer, proposalId(args.id), support, reason);
      console.log(`Voted ${support} on proposal ${args.id} (tx ${hash})`);
    }),
  );

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
