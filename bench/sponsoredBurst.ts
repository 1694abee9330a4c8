/**
 * The bundler's throughput on a local chain: a burst of sponsored votes, one from each of BURST
 * (default 1,000) passkey accounts, each admitted as a member beforehand and each operation also
 * deploying its account, sent at once to a running Alto. Measures the seconds from the first
 * eth_sendUserOperation until every vote is mined, and how many operations each bundle (handleOps
 * transaction) carried. bench/sponsored.ts starts the node and Alto and runs this:
 *
 *   LOCAL_RPC_URL=http://127.0.0.1:8747 BUNDLER_URL=http://127.0.0.1:8781 BURST=200 \
 *     SPONSORED_BURST_OUT=/tmp/burst.json npx hardhat run --network localhost bench/sponsoredBurst.ts
 */
import { writeFileSync } from "node:fs";
import { ethers } from "hardhat";
import { ZeroHash } from "ethers";
import { encodeFunctionData, getAbiItem, keccak256, stringToHex, type Hex } from "viem";
import {
  entryPoint08Abi,
  entryPoint08Address,
  formatUserOperationRequest,
  type UserOperation,
} from "viem/account-abstraction";
import { ProposalDriver } from "../test/helpers/governance";
import { asTimelock, sponsoredFund } from "../test/accounts/accountsFixture";
import { toPasskeyAccount } from "../sdk/accounts/passkeyAccount";
import { toP256Passkey } from "../sdk/accounts/p256Passkey";
import { puljeGovernorAbi } from "../sdk/generated/pulje";
import { localClient, sponsoredBundlerClient } from "../scripts/bundler/sponsoredClient";

const USER_OPERATION_EVENT = getAbiItem({ abi: entryPoint08Abi, name: "UserOperationEvent" });
/** Give up waiting for the burst to be mined after this long. */
const MINING_DEADLINE_MS = 30 * 60_000;
/** How many eth_sendUserOperation requests are in flight at once (BURST_SENDERS). */
const SENDERS = Number(process.env.BURST_SENDERS ?? 10);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Sends one operation as a wallet does (viem's request format), returning Alto's answer. */
async function sendUserOperation(bundlerUrl: string, op: UserOperation<"0.8">) {
  const body = JSON.stringify(
    {
      jsonrpc: "2.0",
      id: 1,
      method: "eth_sendUserOperation",
      params: [formatUserOperationRequest(op), entryPoint08Address],
    },
    (_, v: unknown) => (typeof v === "bigint" ? `0x${v.toString(16)}` : v),
  );
  const response = await fetch(bundlerUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await response.json()) as { result?: Hex; error?: { message: string } };
}

async function main() {
  const rpcUrl = process.env.LOCAL_RPC_URL!;
  const bundlerUrl = process.env.BUNDLER_URL!;
  if (!rpcUrl || !bundlerUrl) throw new Error("bench: set LOCAL_RPC_URL and BUNDLER_URL (bench/sponsored.ts does)");
  const count = Number(process.env.BURST ?? 1000);
  const preparing = Date.now();

  const f = await sponsoredFund();
  await f.paymaster.deposit({ value: ethers.parseEther("100") });
  await f.fund.treasury.deposit(ZeroHash, { value: 1n });
  const client = localClient(Number((await ethers.provider.getNetwork()).chainId), rpcUrl);
  const factory = (await f.factory.getAddress()) as Hex;
  const verifier = f.verifier as Hex;
  const accounts = [];
  for (let i = 0; i < count; i++) {
    const owner = toP256Passkey({
      privateKey: keccak256(stringToHex(`Pulje burst passkey ${i}`)),
      rpId: "pulje.example",
      origin: "https://pulje.example",
    });
    accounts.push(await toPasskeyAccount({ client, owner, factory, verifier }));
  }
  // The timelock admits them all, as a passed proposal would (a registrar may admit only so many per period).
  const timelock = await asTimelock(f);
  for (const account of accounts) await f.fund.membership!.connect(timelock).addMember(account.address, 0);
  const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);

  const paymaster = (await f.paymaster.getAddress()) as Hex;
  const calls = [
    {
      to: (await f.fund.governor.getAddress()) as Hex,
      data: encodeFunctionData({ abi: puljeGovernorAbi, functionName: "castVote", args: [p.id, 1] }),
    },
  ];
  // One estimate through Alto serves every account: the same call, the same first operation.
  const template = (await sponsoredBundlerClient({
    client,
    account: accounts[0],
    bundlerUrl,
    paymaster,
  }).prepareUserOperation({
    calls,
  })) as UserOperation<"0.8">;
  const signed: UserOperation<"0.8">[] = [];
  for (const account of accounts) {
    const op: UserOperation<"0.8"> = {
      ...template,
      sender: account.address,
      nonce: 0n,
      ...(await account.getFactoryArgs()),
      callData: await account.encodeCalls(calls),
      // Room for the base fee rising while the burst is mined.
      maxFeePerGas: template.maxFeePerGas * 2n,
      signature: "0x",
    };
    signed.push({ ...op, signature: await account.signUserOperation(op) });
  }
  console.log(
    `bench: ${count} members admitted, operations signed in ${((Date.now() - preparing) / 1000).toFixed(0)} s`,
  );

  // This automining node stamps each block at least a second after the last, so after the
  // set-up its clock runs ahead of the wall clock Alto checks an operation's validity against.
  // The first budget period starts at the paymaster's deployment: wait until the wall clock has
  // reached it, as it has on a real chain, or Alto refuses the operations as "not valid yet".
  const behind = Number(await f.paymaster.periodsStart()) * 1000 - Date.now();
  if (behind > 0) {
    console.log(`bench: waiting ${(behind / 1000).toFixed(0)} s for the wall clock to reach the chain's`);
    await new Promise((resolve) => setTimeout(resolve, behind + 1000));
  }
  const fromBlock = (await client.getBlockNumber()) + 1n;
  const started = Date.now();
  // A few wallets' requests at a time: all 1,000 at once overload the node Alto simulates on
  // (most come back as "could not parse simulate validation result").
  const answers: Awaited<ReturnType<typeof sendUserOperation>>[] = [];
  let next = 0;
  const sender = async () => {
    for (let i = next++; i < signed.length; i = next++) answers[i] = await sendUserOperation(bundlerUrl, signed[i]);
  };
  await Promise.all(Array.from({ length: SENDERS }, sender));
  const accepted = Date.now();
  const refused = answers.filter((a) => a.error);
  if (refused.length) console.log(`bench: ${refused.length} refused, e.g. ${refused[0].error!.message}`);
  let mined: Awaited<ReturnType<typeof client.getLogs<typeof USER_OPERATION_EVENT>>> = [];
  const deadline = started + MINING_DEADLINE_MS;
  while (mined.length < count - refused.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    try {
      mined = await client.getLogs({ address: entryPoint08Address, event: USER_OPERATION_EVENT, fromBlock });
    } catch {
      // The node is busy with Alto's simulations: ask again.
    }
  }
  const done = Date.now();
  const perBundle = new Map<Hex, number>();
  for (const log of mined) perBundle.set(log.transactionHash, (perBundle.get(log.transactionHash) ?? 0) + 1);
  const sizes = [...perBundle.values()];
  const charged = mined.map((l) => Number(l.args.actualGasUsed));
  const handleOpsGas = await Promise.all(
    [...perBundle.keys()].map(async (hash) => (await client.getTransactionReceipt({ hash })).gasUsed),
  );
  const results = {
    chain: "hardhat node (automine, default hardfork), Alto 0.0.20 (--safe-mode false, 2 executors)",
    operation: "castVote from a new passkey account, deploying it (first operation)",
    burst: count,
    sendersAtOnce: SENDERS,
    refusedByBundler: refused.length,
    mined: mined.length,
    succeeded: mined.filter((l) => l.args.success).length,
    failed: refused.length + mined.filter((l) => !l.args.success).length + (count - refused.length - mined.length),
    forVotesCounted: Number((await f.fund.governor.proposalVotes(p.id))[1]),
    secondsToAcceptAll: (accepted - started) / 1000,
    secondsUntilAllMined: (done - started) / 1000,
    operationsPerSecond: Number((mined.length / ((done - started) / 1000)).toFixed(1)),
    handleOpsTransactions: perBundle.size,
    operationsPerBundle: { min: Math.min(...sizes), median: median(sizes), max: Math.max(...sizes) },
    // What the paymaster's deposit paid per operation (EntryPoint actualGasUsed), with Alto's limits.
    chargedGasPerOperation: {
      min: Math.min(...charged),
      median: median(charged),
      max: Math.max(...charged),
    },
    handleOpsGasTotal: Number(handleOpsGas.reduce((a, b) => a + b, 0n)),
    limitsPerOperation: {
      preVerificationGas: Number(template.preVerificationGas),
      verificationGasLimit: Number(template.verificationGasLimit),
      callGasLimit: Number(template.callGasLimit),
      paymasterVerificationGasLimit: Number(template.paymasterVerificationGasLimit),
      paymasterPostOpGasLimit: Number(template.paymasterPostOpGasLimit),
    },
  };
  const json = JSON.stringify(results, null, 2) + "\n";
  if (process.env.SPONSORED_BURST_OUT) writeFileSync(process.env.SPONSORED_BURST_OUT, json);
  else process.stdout.write(json);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
