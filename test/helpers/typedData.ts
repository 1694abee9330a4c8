import hre from "hardhat";
import { createPublicClient, createWalletClient, custom, type Address, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { actionTypedData, type MemberAction } from "../../sdk/accounts/signedActions";

/** A viem client on the in-process Hardhat network. */
const client = () => createPublicClient({ chain: hardhat, transport: custom(hre.network.provider) });

/** The EIP-712 typed data the SDK builds for `action`: domain (ERC-5267) and nonce read from the chain. */
export function memberActionTypedData(action: MemberAction) {
  return actionTypedData(client(), action);
}

type TypedData = Awaited<ReturnType<typeof actionTypedData>>["typedData"];

/** `typedData` signed by the node's account `signer` (eth_signTypedData_v4, as a wallet extension signs). */
export async function signTypedDataAs(signer: Address, typedData: TypedData): Promise<Hex> {
  const wallet = createWalletClient({ chain: hardhat, transport: custom(hre.network.provider), account: signer });
  return wallet.signTypedData(typedData as Parameters<typeof wallet.signTypedData>[0]);
}
