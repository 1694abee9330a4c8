import { getAddress, parseAbi, parseAbiItem, type Address, type Client, type Hex } from "viem";
import { getCode, getLogs, readContract } from "viem/actions";
import { passkeyAccountFactoryAbi } from "../generated/pulje";
import { passkeyCoordinates, passkeySigner } from "./webAuthnSignature";

/** OpenZeppelin's MultiSignerERC7913 event: the topic is keccak256 of the signer (verifier ‖ x ‖ y). */
const SIGNER_ADDED = parseAbiItem("event ERC7913SignerAdded(bytes indexed signer)");
const IS_PASSKEY = parseAbi(["function isPasskey(bytes32 qx, bytes32 qy) view returns (bool)"]);

/** The runtime code of an EIP-1167 clone of `implementation`, as OpenZeppelin's Clones deploys it. */
export function cloneCode(implementation: Address): Hex {
  return `0x363d3d373d3d3d363d73${implementation.slice(2).toLowerCase()}5af43d82803e903d91602b57fd5bf3`;
}

/**
 * The fund's passkey accounts that list this passkey as a signer now: its own account once
 * deployed, and any account it was added to from another device (`addPasskey`). Found by the
 * signer's event, then kept only if the address runs the factory's account code (so no other
 * contract can pose as the resident's account by emitting the event) and still lists the key
 * (a removed passkey no longer signs).
 */
export async function accountsWithPasskey(
  client: Client,
  options: { factory: Address; verifier: Address; publicKey: Hex; fromBlock?: bigint },
): Promise<Address[]> {
  const { factory, verifier, publicKey, fromBlock = 0n } = options;
  const [logs, implementation] = await Promise.all([
    getLogs(client, { event: SIGNER_ADDED, args: { signer: passkeySigner(verifier, publicKey) }, fromBlock }),
    readContract(client, { address: factory, abi: passkeyAccountFactoryAbi, functionName: "implementation" }),
  ]);
  const addresses = [...new Set(logs.map((log) => getAddress(log.address)))];
  const { x, y } = passkeyCoordinates(publicKey);
  const listing = await Promise.all(
    addresses.map(async (address) => {
      const code = await getCode(client, { address });
      if (code?.toLowerCase() !== cloneCode(implementation)) return null;
      const listed = await readContract(client, { address, abi: IS_PASSKEY, functionName: "isPasskey", args: [x, y] });
      return listed ? address : null;
    }),
  );
  return listing.filter((address): address is Address => address !== null);
}
