/**
 * One sponsored vote of a passkey account through a real ERC-4337 bundler (Pimlico's Alto) on
 * a local node: deploys a fund with passkey accounts and its paymaster, admits a new resident's
 * (not yet deployed) account, opens a proposal, starts Alto, and sends the vote with viem's
 * bundler client: eth_sendUserOperation → bundled → mined → eth_getUserOperationReceipt.
 *
 *   npx hardhat node --port 8681 &
 *   LOCAL_RPC_URL=http://127.0.0.1:8681 ALTO_PORT=8682 \
 *     npx hardhat run --network localhost scripts/bundler/altoVote.ts
 *
 * ALTO_BIN defaults to the project's own Alto (@pimlico/alto, node_modules/.bin/alto); ALTO_ARGS
 * adds flags. Prints the timings (send to receipt) and gas of the first vote (which deploys the
 * account) and of a second one.
 */
import path from "node:path";
import { ethers } from "hardhat";
import { ZeroHash } from "ethers";
import { createPublicClient, defineChain, encodeFunctionData, http, type Hex } from "viem";
import { createBundlerClient } from "viem/account-abstraction";
import * as P256 from "ox/P256";
import { ProposalDriver } from "../../test/helpers/governance";
import { sponsoredFund } from "../../test/accounts/accountsFixture";
import { toPasskeyAccount } from "../../sdk/accounts/passkeyAccount";
import { toP256Passkey } from "../../sdk/accounts/p256Passkey";
import { fundPaymaster } from "../../sdk/accounts/fundPaymaster";
import { puljeGovernorAbi } from "../../sdk/generated/pulje";
import { killGroup } from "../lib/processes";
import { startAlto, hardhatKey } from "./alto";

async function main() {
  const rpcUrl = process.env.LOCAL_RPC_URL ?? "http://127.0.0.1:8545";
  const altoPort = Number(process.env.ALTO_PORT ?? 8682);

  const f = await sponsoredFund();
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  const chain = defineChain({
    id: Number((await ethers.provider.getNetwork()).chainId),
    name: "local",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  const client = createPublicClient({ chain, transport: http(rpcUrl) });
  const owner = toP256Passkey({
    privateKey: P256.randomPrivateKey(),
    rpId: "pulje.example",
    origin: "https://pulje.example",
  });
  const account = await toPasskeyAccount({
    client,
    owner,
    factory: (await f.factory.getAddress()) as Hex,
    verifier: f.verifier as Hex,
  });
  // Admitted before the proposal's snapshot, or the account has no vote on it.
  await (await f.fund.membership!.connect(f.registrar).addMember(account.address, 0)).wait();
  const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
  console.log(`resident ${account.address} admitted; proposal ${p.id}`);

  const alto = await startAlto({
    bin: process.env.ALTO_BIN ?? path.join(__dirname, "..", "..", "node_modules", ".bin", "alto"),
    rpcUrl,
    port: altoPort,
    executorKeys: [hardhatKey(20), hardhatKey(21)],
    utilityKey: hardhatKey(22),
    extraArgs: (process.env.ALTO_ARGS ?? "").split(" ").filter(Boolean),
  });
  try {
    const bundlerUrl = `http://127.0.0.1:${altoPort}`;
    const bundler = createBundlerClient({
      client,
      account,
      chain,
      transport: http(bundlerUrl),
      paymaster: fundPaymaster({ client, address: (await f.paymaster.getAddress()) as Hex }),
      userOperation: {
        // Alto refuses fees under its own price; it names that price.
        async estimateFeesPerGas({ bundlerClient }) {
          const prices = (await bundlerClient.request({
            method: "pimlico_getUserOperationGasPrice" as never,
            params: [] as never,
          })) as { fast: { maxFeePerGas: Hex; maxPriorityFeePerGas: Hex } };
          return {
            maxFeePerGas: BigInt(prices.fast.maxFeePerGas),
            maxPriorityFeePerGas: BigInt(prices.fast.maxPriorityFeePerGas),
          };
        },
      },
    });
    const governor = (await f.fund.governor.getAddress()) as Hex;
    // One vote through the bundler: seconds from eth_sendUserOperation to its receipt, and gas.
    const vote = async (proposalId: bigint) => {
      const started = Date.now();
      const hash = await bundler.sendUserOperation({
        calls: [
          {
            to: governor,
            data: encodeFunctionData({ abi: puljeGovernorAbi, functionName: "castVote", args: [proposalId, 1] }),
          },
        ],
      });
      const sent = Date.now();
      const receipt = await bundler.waitForUserOperationReceipt({ hash, pollingInterval: 100, timeout: 60_000 });
      const done = Date.now();
      const [, forVotes] = await f.fund.governor.proposalVotes(proposalId);
      const operation = await bundler.getUserOperation({ hash });
      return {
        userOpHash: hash,
        success: receipt.success,
        hasVoted: await f.fund.governor.hasVoted(proposalId, account.address),
        forVotes: Number(forVotes),
        secondsToPrepareAndSend: (sent - started) / 1000,
        secondsFromSendToReceipt: (done - sent) / 1000,
        bundleTransactionGasUsed: Number(receipt.receipt.gasUsed),
        userOpActualGasUsed: Number(receipt.actualGasUsed),
        userOpActualGasCostWei: receipt.actualGasCost.toString(),
        limits: {
          preVerificationGas: Number(operation.userOperation.preVerificationGas),
          verificationGasLimit: Number(operation.userOperation.verificationGasLimit),
          callGasLimit: Number(operation.userOperation.callGasLimit),
          paymasterVerificationGasLimit: Number(operation.userOperation.paymasterVerificationGasLimit),
          paymasterPostOpGasLimit: Number(operation.userOperation.paymasterPostOpGasLimit),
        },
      };
    };
    const firstVoteDeployingAccount = await vote(p.id);
    const second = await ProposalDriver.openForVotes(f.fund, f.voters[1], f.recipient.address);
    const steadyVote = await vote(second.id);
    const results = {
      node: rpcUrl,
      altoArgs: process.env.ALTO_ARGS ?? "",
      account: account.address,
      accountBalanceWei: (await client.getBalance({ address: account.address })).toString(),
      paymasterGasUsedThisPeriod: Number(await f.paymaster.gasUsed(account.address)),
      firstVoteDeployingAccount,
      steadyVote,
    };
    console.log(JSON.stringify(results, null, 2));
  } finally {
    killGroup(alto);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
