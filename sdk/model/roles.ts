import { keccak256, toBytes, zeroHash, type Hex } from "viem";

/**
 * The AccessControl roles of the fund's contracts: the membership's registrars, the payee
 * registry's verifiers, the milestone grants' stewards, the timelock's proposer, executor and
 * canceller, the erasure anchor's anchorer (the content service), and DEFAULT_ADMIN_ROLE
 * (0x00…00), which the timelock holds: the fund's governance.
 */
export const ROLE_NAMES = [
  "DEFAULT_ADMIN_ROLE",
  "REGISTRAR_ROLE",
  "VERIFIER_ROLE",
  "STEWARD_ROLE",
  "PROPOSER_ROLE",
  "EXECUTOR_ROLE",
  "CANCELLER_ROLE",
  "ANCHOR_ROLE",
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** The bytes32 a contract knows a role by: keccak256 of its name, or zero for the admin role. */
export const roleHash = (name: RoleName): Hex => (name === "DEFAULT_ADMIN_ROLE" ? zeroHash : keccak256(toBytes(name)));

const BY_HASH = new Map<string, RoleName>(ROLE_NAMES.map((name) => [roleHash(name), name]));

/** The role behind a hash, as an AccessControl error or event carries it; undefined for one the fund does not use. */
export const roleName = (hash: string): RoleName | undefined => BY_HASH.get(hash.toLowerCase());
