import { task } from "hardhat/config";
import { fundContext, plainErrors } from "./context";

task("grant:propose", "Proposes a grant: the treasury pays a recipient if the members approve")
  .addParam("recipient", "Who receives the money")
  .addParam("amount", "Amount in whole units, e.g. 25000")
  .addParam("title", "A short title")
  .addOptionalParam("token", "ETH (default), a tracked symbol or a token address", "ETH")
  .addOptionalParam("description", "What the money is for (Markdown)", "")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: { recipient: string; amount: string; title: string; token: string; description: string; from?: string },
        hre,
      ) => {
        const { getAddress, isAddress } = await import("viem");
        const { formatAmount, parseAmount, proposeGrant, resolveAsset } = await import("../harness/operations");
        if (!isAddress(args.recipient)) throw new Error(`--recipient must be an address, got "${args.recipient}"`);
        const recipient = getAddress(args.recipient);
        const { fund, signer } = await fundContext(hre, args.from);
        const asset = await resolveAsset(fund, args.token);
        const amount = parseAmount(args.amount, asset);
        const id = await proposeGrant(
          fund,
          signer,
          { asset: asset.address, recipient, amount },
          args.title,
          args.description,
        );
        const snapshot = await fund.governor.proposalSnapshot(id);
        console.log(
          `Proposal ${id}: pay ${formatAmount(amount, asset)} to ${args.recipient}. Voting opens ${new Date(Number(snapshot) * 1000).toISOString()}`,
        );
        return id;
      },
    ),
  );
