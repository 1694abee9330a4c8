import { Contract, type Signer } from "ethers";
import entryPointArtifact from "@account-abstraction/contracts/artifacts/EntryPoint.json";
import {
  FundPaymaster__factory,
  PasskeyAccount__factory,
  PasskeyAccountFactory__factory,
  SignatureRelay__factory,
  WebAuthnVerifier__factory,
  type FundPaymaster,
  type PasskeyAccountFactory,
  type SignatureRelay,
} from "../typechain-types";
import type { FundConfig } from "../sdk/config/fund";

/** ERC-4337's canonical EntryPoint v0.8 (OpenZeppelin's ERC4337Utils.ENTRYPOINT_V08). */
export const ENTRYPOINT_V08 = "0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108";
/** The deterministic deployment proxy (Arachnid's) the EntryPoint was created through. */
const CREATE2_PROXY = "0x4e59b44847b379578588920cA78FbF26c0B4956C";
/** Its runtime code: no constructor, no immutables, so installing it as code is the same contract. */
const CREATE2_PROXY_CODE =
  "0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3";
/** The CREATE2 salt the EntryPoint v0.8 was deployed with: with the package's bytecode it gives ENTRYPOINT_V08. */
const ENTRYPOINT_V08_SALT = "0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9";
const LOCAL_CHAIN_ID = 31337;

/** The EntryPoint v0.8's ABI, from @account-abstraction/contracts. */
export const ENTRYPOINT_ABI = entryPointArtifact.abi;

/**
 * Makes sure the canonical EntryPoint v0.8 is at ENTRYPOINT_V08. On a real network it must
 * already be there. On the local Hardhat chain it is created as it was on every public chain:
 * the package's bytecode through the deterministic deployment proxy with the original salt. (Its
 * constructor creates the SenderCreator and fixes immutables, so copying runtime code would not do.)
 */
export async function ensureEntryPoint(deployer: Signer, chainId: number): Promise<string> {
  const provider = deployer.provider!;
  if ((await provider.getCode(ENTRYPOINT_V08)) !== "0x") return ENTRYPOINT_V08;
  if (chainId !== LOCAL_CHAIN_ID)
    throw new Error(
      `deployFund: chain ${chainId} has no EntryPoint v0.8 at ${ENTRYPOINT_V08}; passkey accounts need it`,
    );
  if ((await provider.getCode(CREATE2_PROXY)) === "0x") {
    await (provider as unknown as { send(m: string, p: unknown[]): Promise<unknown> }).send("hardhat_setCode", [
      CREATE2_PROXY,
      CREATE2_PROXY_CODE,
    ]);
  }
  const tx = await deployer.sendTransaction({
    to: CREATE2_PROXY,
    data: ENTRYPOINT_V08_SALT + entryPointArtifact.bytecode.slice(2),
  });
  const receipt = await tx.wait();
  // At the deployment's block: ethers' JSON-RPC provider answers a request repeated within 250 ms
  // from its cache, and on a fast local node the first getCode above ("0x") is that recent.
  if ((await provider.getCode(ENTRYPOINT_V08, receipt!.blockNumber)) === "0x")
    throw new Error(`deployFund: the EntryPoint v0.8 did not land at ${ENTRYPOINT_V08}`);
  return ENTRYPOINT_V08;
}

/** The EntryPoint v0.8 as a contract (handleOps, deposits, nonces, getUserOpHash). */
export function entryPointAt(runner: Signer | Contract["runner"]): Contract {
  return new Contract(ENTRYPOINT_V08, ENTRYPOINT_ABI, runner);
}

export interface DeployedAccounts {
  entryPoint: string;
  /** The ERC-7913 WebAuthn verifier every passkey signer names. */
  webAuthnVerifier: string;
  accountImplementation: string;
  accountFactory: PasskeyAccountFactory;
}

/** The passkey accounts' verifier, implementation and factory (nobody owns any of them). */
export async function deployAccounts(deployer: Signer, entryPoint: string): Promise<DeployedAccounts> {
  const verifier = await new WebAuthnVerifier__factory(deployer).deploy();
  const implementation = await new PasskeyAccount__factory(deployer).deploy(await verifier.getAddress());
  const accountFactory = await new PasskeyAccountFactory__factory(deployer).deploy(await implementation.getAddress());
  await accountFactory.waitForDeployment();
  return {
    entryPoint,
    webAuthnVerifier: await verifier.getAddress(),
    accountImplementation: await implementation.getAddress(),
    accountFactory,
  };
}

/**
 * The relay through which members with a wallet but no ETH vote, cast ballots and delegate by
 * signature, paid by the paymaster (which names it at deployment, so it comes first). Nobody owns it.
 */
export async function deploySignatureRelay(deployer: Signer): Promise<SignatureRelay> {
  const relay = await new SignatureRelay__factory(deployer).deploy();
  await relay.waitForDeployment();
  return relay;
}

/** A function's 4-byte selector on a typechain contract. */
type WithSelectors = { interface: { getFunction(name: string): { selector: string } | null } };
const selector = (contract: WithSelectors, name: string) => contract.interface.getFunction(name)!.selector;

/**
 * The paymaster, owned by the timelock, with the member actions it sponsors from the start:
 * votes with and without a reason, delegation, and managing the account's own passkeys, and the
 * same votes and delegation by signature through the signature relay; its budget and fee cap are
 * the config's. Each budget round's
 * ballots and ideas are added by the proposal that opens it (its address is new).
 */
export async function deployPaymaster(
  deployer: Signer,
  config: NonNullable<FundConfig["sponsorship"]>,
  parts: {
    timelock: string;
    governor: WithSelectors & { getAddress(): Promise<string> };
    membership: WithSelectors & { getAddress(): Promise<string> };
    /** The signature relay, or null for none. */
    signatureRelay: string | null;
  },
): Promise<FundPaymaster> {
  const governor = await parts.governor.getAddress();
  const membership = await parts.membership.getAddress();
  const account = PasskeyAccount__factory.createInterface();
  const actions: [string, string][] = [
    [governor, selector(parts.governor, "castVote")],
    [governor, selector(parts.governor, "castVoteWithReason")],
    [membership, selector(parts.membership, "delegate")],
    // By signature, through the relay: for members whose wallet holds no ETH.
    [governor, selector(parts.governor, "castVoteBySig")],
    [governor, selector(parts.governor, "castVoteWithReasonAndParamsBySig")],
    [membership, selector(parts.membership, "delegateBySig")],
    // OWN_ACCOUNT (the zero address): calls an account makes to itself.
    ["0x0000000000000000000000000000000000000000", account.getFunction("addPasskey").selector],
    ["0x0000000000000000000000000000000000000000", account.getFunction("removePasskey").selector],
  ];
  const paymaster = await new FundPaymaster__factory(deployer).deploy(
    parts.timelock,
    membership,
    parts.signatureRelay ?? "0x0000000000000000000000000000000000000000",
    config.period,
    config.gasPerPeriod,
    config.maxFeePerGas,
    actions.map(([target]) => target),
    actions.map(([, s]) => s),
  );
  await paymaster.waitForDeployment();
  return paymaster;
}
