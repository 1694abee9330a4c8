/**
 * The bundler's throughput on a local chain: a burst of sponsored votes, one from each of many
 * passkey accounts (each operation also creates its account), sent to Pimlico's Alto at once.
 * Measures the seconds from the first eth_sendUserOperation until every vote is mined, and how
 * many operations each bundle (handleOps transaction) carried. Writes
 * bench/results/sponsored-burst.json. Not part of `npm test`.
 *
 *   npx hardhat node --port 9147 &
 *   LOCAL_RPC_URL=http://127.0.0.1:9147 ALTO_PORT=9181 BURST=1000 \
 *     npx hardhat run --network localhost bench/sponsoredBurst.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
import { killGroup } from "../scripts/lib/processes";
import { hardhatKey, startAlto } from "../scripts/bundler/alto";
import { localClient, sponsoredBundlerClient } from "../scripts/bundler/sponsoredClient";

const USER_OPERATION_EVENT = getAbiItem({ abi: entryPoint08Abi, name: "UserOperationEvent" });

async function main() {
  const rpcUrl = process.env.LOCAL_RPC_URL ?? "http://127.0.0.1:8545";
  const altoPort = Number(process.env.ALTO_PORT ?? 9181);
  const count = Number(process.env.BURST ?? 1000);

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
  // The timelock admits them all (a registrar may admit only so many per period).
  const timelock = await asTimelock(f);
  for (const account of accounts)
    await (await f.fund.membership!.connect(timelock).addMember(account.address, 0)).wait();
  const p = await ProposalDriver.openForVotes(f.fund, f.voters[0], f.recipient.address);
  console.log(`${count} passkey members admitted; proposal ${p.id} open`);

  const alto = await startAlto({
    bin: join(__dirname, "..", "node_modules", ".bin", "alto"),
    rpcUrl,
    port: altoPort,
    executorKeys: [hardhatKey(20), hardhatKey(21)],
    utilityKey: hardhatKey(22),
  });
  try {
    const bundlerUrl = `http://127.0.0.1:${altoPort}`;
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
    }).prepareUserOperation({ calls })) as UserOperation<"0.8">;
    const signed: UserOperation<"0.8">[] = [];
    for (const account of accounts) {
      const op: UserOperation<"0.8"> = {
        sender: account.address,
        nonce: 0n,
        ...(await account.getFactoryArgs()),
        callData: await account.encodeCalls(calls),
        callGasLimit: template.callGasLimit,
        verificationGasLimit: template.verificationGasLimit,
        preVerificationGas: template.preVerificationGas,
        // Room for the base fee rising while the burst is mined.
        maxFeePerGas: template.maxFeePerGas * 2n,
        maxPriorityFeePerGas: template.maxPriorityFeePerGas,
        paymaster: template.paymaster,
        paymasterData: template.paymasterData,
        paymasterVerificationGasLimit: template.paymasterVerificationGasLimit,
        paymasterPostOpGasLimit: template.paymasterPostOpGasLimit,
        signature: "0x",
      };
      signed.push({ ...op, signature: await account.signUserOperation(op) });
    }
    const fromBlock = await client.getBlockNumber();
    const send = (op: UserOperation<"0.8">) =>
      fetch(bundlerUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(
          {
            jsonrpc: "2.0",
            id: 1,
            method: "eth_sendUserOperation",
            params: [formatUserOperationRequest(op), entryPoint08Address],
          },
          (_, v: unknown) => (typeof v === "bigint" ? `0x${v.toString(16)}` : v),
        ),
      }).then(async (r) => (await r.json()) as { result?: Hex; error?: { message: string } });

    const started = Date.now();
    const answers = await Promise.all(signed.map(send));
    const accepted = Date.now();
    const refused = answers.filter((a) => a.error);
    if (refused.length) console.log(`${refused.length} refused, e.g. ${refused[0].error!.message}`);
    let mined: Awaited<ReturnType<typeof client.getLogs<typeof USER_OPERATION_EVENT>>> = [];
    const deadline = Date.now() + 30 * 60_000;
    while (mined.length < count - refused.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      mined = await client.getLogs({ address: entryPoint08Address, event: USER_OPERATION_EVENT, fromBlock });
    }
    const done = Date.now();
    const bundles = new Map<Hex, number>();
    for (const log of mined) bundles.set(log.transactionHash, (bundles.get(log.transactionHash) ?? 0) + 1);
    const sizes = [...bundles.values()];
    const results = {
      chain: "hardhat node (automine), Alto 0.0.20 with --safe-mode false, 2 executors",
      operations: count,
      refused: refused.length,
      mined: mined.length,
      succeeded: mined.filter((l) => l.args.success).length,
      forVotes: Number((await f.fund.governor.proposalVotes(p.id))[1]),
      secondsToAcceptAll: (accepted - started) / 1000,
      secondsUntilAllMined: (done - started) / 1000,
      bundles: bundles.size,
      operationsPerBundle: {
        mean: Number((mined.length / bundles.size).toFixed(1)),
        max: Math.max(...sizes),
        min: Math.min(...sizes),
      },
    };
    console.log(JSON.stringify(results, null, 2));
    const dir = join(__dirname, "results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "sponsored-burst.json"), JSON.stringify(results, null, 2) + "\n");
  } finally {
    killGroup(alto);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
