import { task } from "hardhat/config";
import { amountsIn, contentTexts, fundContext, plainErrors } from "./context";

task("treasury:deposit", "Deposits ETH or an ERC-20 into the treasury, with a memo")
  .addParam("amount", "Amount in whole units, e.g. 2.5")
  .addOptionalParam("token", "ETH (default), a tracked symbol or a token address", "ETH")
  .addOptionalParam("memo", "What the money is for (kept in the content service; its commitment on chain)", "")
  .addOptionalParam("from", "Depositor: an address or account index")
  .setAction(
    plainErrors(async (args: { amount: string; token: string; memo: string; from?: string }, hre) => {
      const { deposit, formatAmount, parseAmount, resolveAsset } = await import("../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const asset = await resolveAsset(fund, args.token);
      amountsIn(asset.address); // a token's refusal (too little held) is in its own units
      const amount = parseAmount(args.amount, asset);
      const memo = args.memo.trim() ? { text: args.memo, texts: (await contentTexts(hre)).as(signer) } : null;
      const hash = await deposit(fund, signer, asset, amount, memo);
      console.log(`Deposited ${formatAmount(amount, asset)} into the treasury (tx ${hash})`);
    }),
  );
