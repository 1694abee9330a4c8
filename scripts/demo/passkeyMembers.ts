/**
 * The demo's residents without a wallet: each has a passkey account (ERC-4337), admitted by the
 * registrar before the account exists on chain, and takes part with 0 ETH through the bundler,
 * the fund's paymaster paying the gas. Their passkeys are software P-256 keys derived from their
 * names (public, like the test mnemonic), so the demo is the same on every run.
 */
import { encodeFunctionData, keccak256, stringToHex, type Address, type Hex } from "viem";
import type { DeploymentRecord, DemoPasskeyMember } from "../../sdk/deployment";
import { toP256Passkey } from "../../sdk/accounts/p256Passkey";
import { toPasskeyAccount } from "../../sdk/accounts/passkeyAccount";
import { ABIS } from "../../sdk/contracts/kinds";
import { supportOf, type VoteChoice } from "../../sdk/model/governance";
import { localClient, sponsoredBundlerClient } from "../bundler/sponsoredClient";

export const PASSKEY_MEMBERS: readonly { name: string; district: string }[] = [
  { name: "Rasmus", district: "Skovlunde" },
  { name: "Yasmin", district: "Ballerup Syd" },
];

/** The member's passkey: a P-256 key from their name (below the curve order for these names). */
export const passkeyPrivateKey = (name: string): Hex => keccak256(stringToHex(`Pulje demo passkey: ${name}`));

/** The demo's passkey members on this deployment, with their accounts' addresses. */
export async function demoPasskeyMembers(record: DeploymentRecord, rpcUrl: string): Promise<DemoPasskeyMember[]> {
  const members: DemoPasskeyMember[] = [];
  for (const m of PASSKEY_MEMBERS) {
    const account = await passkeyAccount(record, rpcUrl, m.name);
    members.push({ ...m, address: account.address, passkeyPrivateKey: passkeyPrivateKey(m.name) });
  }
  return members;
}

async function passkeyAccount(record: DeploymentRecord, rpcUrl: string, name: string) {
  if (!record.contracts.accountFactory || !record.accounts) throw new Error("The demo fund has no passkey accounts");
  // The site the passkey belongs to goes into its signatures only; the account checks the key.
  const origin = process.env.PULJE_APP_URL ?? "http://localhost:5173";
  return toPasskeyAccount({
    client: localClient(record.chainId, rpcUrl),
    owner: toP256Passkey({ privateKey: passkeyPrivateKey(name), rpId: new URL(origin).hostname, origin }),
    factory: record.contracts.accountFactory,
    verifier: record.accounts.webAuthnVerifier,
  });
}

/**
 * `name` votes on proposal `id` from their passkey account, as a user operation through the
 * bundler (PULJE_BUNDLER_URL), paid by the paymaster; the first operation also creates the
 * account. Returns the bundle's transaction hash once mined.
 */
export async function voteThroughBundler(
  record: DeploymentRecord,
  rpcUrl: string,
  name: string,
  id: bigint,
  choice: VoteChoice,
): Promise<Hex> {
  const bundlerUrl = process.env.PULJE_BUNDLER_URL;
  if (!bundlerUrl) throw new Error("The demo's passkey members need the bundler: set PULJE_BUNDLER_URL");
  const paymaster = record.contracts.paymaster as Address | null;
  if (!paymaster) throw new Error("The demo fund has no paymaster");
  const account = await passkeyAccount(record, rpcUrl, name);
  const bundler = sponsoredBundlerClient({
    client: localClient(record.chainId, rpcUrl),
    account,
    bundlerUrl,
    paymaster,
  });
  const hash = await bundler.sendUserOperation({
    calls: [
      {
        to: record.contracts.governor,
        data: encodeFunctionData({ abi: ABIS.governor, functionName: "castVote", args: [id, supportOf(choice)] }),
      },
    ],
  });
  const receipt = await bundler.waitForUserOperationReceipt({ hash, pollingInterval: 200, timeout: 60_000 });
  if (!receipt.success) throw new Error(`${name}'s vote through the bundler failed (${receipt.reason ?? "reverted"})`);
  return receipt.receipt.transactionHash;
}
