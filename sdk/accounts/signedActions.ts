import { encodeFunctionData, parseSignature, parseAbi, type Address, type Client, type Hex } from "viem";
import { readContract } from "viem/actions";
import { ABIS } from "../contracts/kinds";
import { BALLOT_TYPES } from "../model/rounds";

/**
 * Members' actions by signature (EIP-712): a vote (with or without a reason), a round ballot, a
 * delegation. A member whose wallet holds no ETH signs one, and the signature relay carries it
 * (sdk/accounts/signatureRelay.ts). The typed data here is exactly what each contract checks:
 * OpenZeppelin Governor's Ballot and ExtendedBallot, BudgetRound's Ballot, OpenZeppelin Votes'
 * Delegation; each domain is read from the contract (ERC-5267), the nonce from its `nonces`.
 */

export const VOTE_TYPES = {
  Ballot: [
    { name: "proposalId", type: "uint256" },
    { name: "support", type: "uint8" },
    { name: "voter", type: "address" },
    { name: "nonce", type: "uint256" },
  ],
} as const;

export const EXTENDED_VOTE_TYPES = {
  ExtendedBallot: [
    { name: "proposalId", type: "uint256" },
    { name: "support", type: "uint8" },
    { name: "voter", type: "address" },
    { name: "nonce", type: "uint256" },
    { name: "reason", type: "string" },
    { name: "params", type: "bytes" },
  ],
} as const;

export const DELEGATION_TYPES = {
  Delegation: [
    { name: "delegatee", type: "address" },
    { name: "nonce", type: "uint256" },
    { name: "expiry", type: "uint256" },
  ],
} as const;

/** What every by-signature contract answers: its signing domain (ERC-5267) and a signer's next nonce. */
const SIGNING_ABI = parseAbi([
  "function eip712Domain() view returns (bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)",
  "function nonces(address owner) view returns (uint256)",
]);

/** A member's action, before signing: what it does, on which contract, by whom. */
export type MemberAction =
  | { kind: "vote"; governor: Address; voter: Address; proposalId: bigint; support: number }
  | {
      kind: "voteWithReason";
      governor: Address;
      voter: Address;
      proposalId: bigint;
      support: number;
      reason: string;
      params?: Hex;
    }
  | { kind: "ballot"; round: Address; voter: Address; ideaIds: readonly bigint[]; deadline: bigint }
  | { kind: "delegation"; votes: Address; signer: Address; delegatee: Address; expiry: bigint };

/** A member action with the nonce it was signed for (a delegation names its nonce in the call). */
export type SignedAction = MemberAction & { signature: Hex; nonce: bigint };

/** The contract an action goes to. */
export function actionTarget(action: MemberAction): Address {
  return action.kind === "ballot" ? action.round : action.kind === "delegation" ? action.votes : action.governor;
}

/** Who signs an action: the voter, or the member delegating. */
export function actionSigner(action: MemberAction): Address {
  return action.kind === "delegation" ? action.signer : action.voter;
}

/**
 * The EIP-712 typed data the member's wallet signs for `action`, with the target's domain and the
 * signer's current nonce read from the chain. Pass it to a wallet's `signTypedData`.
 */
export async function actionTypedData(client: Client, action: MemberAction) {
  const target = actionTarget(action);
  const signer = actionSigner(action);
  const [[, name, version, chainId, verifyingContract], nonce] = await Promise.all([
    readContract(client, { abi: SIGNING_ABI, address: target, functionName: "eip712Domain" }),
    readContract(client, { abi: SIGNING_ABI, address: target, functionName: "nonces", args: [signer] }),
  ]);
  const domain = { name, version, chainId: Number(chainId), verifyingContract };
  switch (action.kind) {
    case "vote":
      return {
        nonce,
        typedData: {
          domain,
          types: VOTE_TYPES,
          primaryType: "Ballot",
          message: { proposalId: action.proposalId, support: action.support, voter: action.voter, nonce },
        } as const,
      };
    case "voteWithReason":
      return {
        nonce,
        typedData: {
          domain,
          types: EXTENDED_VOTE_TYPES,
          primaryType: "ExtendedBallot",
          message: {
            proposalId: action.proposalId,
            support: action.support,
            voter: action.voter,
            nonce,
            reason: action.reason,
            params: action.params ?? "0x",
          },
        } as const,
      };
    case "ballot":
      return {
        nonce,
        typedData: {
          domain,
          types: BALLOT_TYPES,
          primaryType: "Ballot",
          message: { voter: action.voter, ideaIds: action.ideaIds, nonce, deadline: action.deadline },
        } as const,
      };
    case "delegation":
      return {
        nonce,
        typedData: {
          domain,
          types: DELEGATION_TYPES,
          primaryType: "Delegation",
          message: { delegatee: action.delegatee, nonce, expiry: action.expiry },
        } as const,
      };
  }
}

/** The by-signature call a signed action makes on its contract. */
export function signedActionCall(action: SignedAction): { to: Address; data: Hex } {
  const to = actionTarget(action);
  switch (action.kind) {
    case "vote":
      return {
        to,
        data: encodeFunctionData({
          abi: ABIS.governor,
          functionName: "castVoteBySig",
          args: [action.proposalId, action.support, action.voter, action.signature],
        }),
      };
    case "voteWithReason":
      return {
        to,
        data: encodeFunctionData({
          abi: ABIS.governor,
          functionName: "castVoteWithReasonAndParamsBySig",
          args: [
            action.proposalId,
            action.support,
            action.voter,
            action.reason,
            action.params ?? "0x",
            action.signature,
          ],
        }),
      };
    case "ballot":
      return {
        to,
        data: encodeFunctionData({
          abi: ABIS.round,
          functionName: "castBallotBySig",
          args: [action.voter, [...action.ideaIds], action.deadline, action.signature],
        }),
      };
    case "delegation": {
      const { r, s, v, yParity } = parseSignature(action.signature);
      return {
        to,
        data: encodeFunctionData({
          abi: ABIS.membership,
          functionName: "delegateBySig",
          args: [action.delegatee, action.nonce, action.expiry, Number(v ?? BigInt(yParity + 27)), r, s],
        }),
      };
    }
  }
}
