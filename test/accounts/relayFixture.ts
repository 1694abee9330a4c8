import hre, { ethers } from "hardhat";
import { concat, toBeHex } from "ethers";
import { createPublicClient, createWalletClient, custom, type Address, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { actionTypedData, type MemberAction, type SignedAction } from "../../sdk/accounts/signedActions";
import { relayCallData, relayNonceKey } from "../../sdk/accounts/signatureRelay";
import { currentWindow, LIMITS, pack, type SponsoredFund } from "./accountsFixture";

const client = () => createPublicClient({ chain: hardhat, transport: custom(hre.network.provider) });

/**
 * `action` signed by `by`'s wallet (the node's eth_signTypedData_v4, as an extension signs), with
 * the typed data the SDK builds from the chain. `by` defaults to the action's own signer.
 */
export async function signAction<A extends MemberAction>(action: A, by?: string): Promise<A & SignedAction> {
  const signer = (by ?? (action.kind === "delegation" ? action.signer : action.voter)) as Address;
  const { typedData, nonce } = await actionTypedData(client(), action);
  const wallet = createWalletClient({ chain: hardhat, transport: custom(hre.network.provider), account: signer });
  const signature = await wallet.signTypedData(typedData as Parameters<typeof wallet.signTypedData>[0]);
  return { ...action, signature, nonce } as A & SignedAction;
}

/**
 * A relayed user operation for a signed action, as the SDK's relay account builds it, with the
 * tests' gas limits: sender the relay, nonce key the signer (or `key`), no signature of its own.
 */
export async function relayOp(
  f: SponsoredFund,
  action: SignedAction,
  options: { key?: bigint; callData?: string; window?: bigint } = {},
) {
  const relay = await f.relay.getAddress();
  const signer = action.kind === "delegation" ? action.signer : action.voter;
  const key = options.key ?? relayNonceKey(signer);
  return {
    sender: relay,
    nonce: (await f.entryPoint.getNonce(relay, key)) as bigint,
    initCode: "0x",
    callData: options.callData ?? relayCallData(action),
    accountGasLimits: pack(LIMITS.verificationGasLimit, LIMITS.callGasLimit),
    preVerificationGas: LIMITS.preVerificationGas,
    gasFees: pack(ethers.parseUnits("1", "gwei"), ethers.parseUnits("20", "gwei")),
    paymasterAndData: concat([
      await f.paymaster.getAddress(),
      toBeHex(LIMITS.paymasterVerificationGasLimit, 16),
      toBeHex(LIMITS.paymasterPostOpGasLimit, 16),
      toBeHex(options.window ?? (await currentWindow(f)), 6),
    ]),
    signature: "0x" as Hex,
  };
}
