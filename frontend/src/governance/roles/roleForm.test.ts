import { describe, expect, it } from "vitest";
import { decodeFunctionData, zeroAddress, type Address } from "viem";
import { ABIS } from "@sdk/contracts/kinds";
import type { LedgerEntry } from "@sdk/history/ledger";
import { roleHash } from "@sdk/model/roles";
import {
  EMPTY_ROLE_DRAFT,
  ROLE_REASON_MAX,
  roleChangeActions,
  roleHoldersFrom,
  validateRoleChange,
  type RoleContext,
  type RoleDraft,
} from "./roleForm";

const ANNA: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const BORGERSERVICE: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const JURIST: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const CONTRACTS = {
  governor: "0x1111111111111111111111111111111111111111",
  membership: "0x2222222222222222222222222222222222222222",
  payeeRegistry: "0x3333333333333333333333333333333333333333",
  milestoneGrants: "0x4444444444444444444444444444444444444444",
} as const;

const context: RoleContext = {
  connected: true,
  votes: 1n,
  votesNow: 1n,
  threshold: 1n,
  seats: ["registrar", "verifier", "steward", "guardian"],
  holders: { registrar: [BORGERSERVICE], verifier: [], steward: [], guardian: [JURIST] },
};
const draft = (d: Partial<RoleDraft>): RoleDraft => ({
  ...EMPTY_ROLE_DRAFT,
  reason: "Hun hjælper på biblioteket.",
  ...d,
});

describe("role form", () => {
  it("reads who holds each seat from the role events, and the guardian", () => {
    const role = (contract: string, name: "REGISTRAR_ROLE" | "VERIFIER_ROLE", change: string, account: Address) =>
      ({
        kind: "role",
        contract,
        change,
        role: roleHash(name),
        account,
        sender: zeroAddress,
      }) as unknown as LedgerEntry;
    const entries = [
      role("membership", "REGISTRAR_ROLE", "granted", BORGERSERVICE),
      role("membership", "REGISTRAR_ROLE", "granted", ANNA.toLowerCase() as Address),
      role("payeeRegistry", "VERIFIER_ROLE", "granted", ANNA),
      // A registrar's role on another contract is not a registrar.
      role("payeeRegistry", "REGISTRAR_ROLE", "granted", JURIST),
      role("membership", "REGISTRAR_ROLE", "revoked", BORGERSERVICE),
    ];
    expect(roleHoldersFrom(entries, JURIST)).toEqual({
      registrar: [ANNA],
      verifier: [ANNA],
      steward: [],
      guardian: [JURIST],
    });
    expect(roleHoldersFrom([], zeroAddress).guardian).toEqual([]);
  });

  it("appoints a member picked, or an address typed, which wins", () => {
    expect(validateRoleChange(draft({ seat: "registrar", member: ANNA }), context)).toEqual({
      errors: {},
      change: { change: "appoint", seat: "registrar", account: ANNA },
    });
    expect(
      validateRoleChange(draft({ seat: "verifier", member: ANNA, address: ` ${JURIST} ` }), context).change,
    ).toEqual({ change: "appoint", seat: "verifier", account: JURIST });
    expect(validateRoleChange(draft({ change: "remove", seat: "guardian", address: JURIST }), context).change).toEqual({
      change: "remove",
      seat: "guardian",
      account: JURIST,
    });
  });

  it("refuses each bad field at its field, with the exact message", () => {
    expect(validateRoleChange({ ...EMPTY_ROLE_DRAFT }, context)).toEqual({
      errors: {
        seat: { key: "roleForm.error.seat" },
        member: { key: "roleForm.error.account" },
        reason: { key: "roleForm.error.reason" },
      },
      change: null,
    });
    expect(validateRoleChange(draft({ seat: "registrar", address: "0x123" }), context).errors).toEqual({
      address: { key: "newGrant.error.recipient" },
    });
    expect(
      validateRoleChange(draft({ seat: "registrar", address: ANNA.replace("F79", "f79") }), context).errors,
    ).toEqual({ address: { key: "newGrant.error.checksum" } });
    expect(validateRoleChange(draft({ seat: "registrar", member: BORGERSERVICE }), context).errors).toEqual({
      member: { key: "roleForm.error.holds.registrar" },
    });
    expect(validateRoleChange(draft({ change: "remove", seat: "steward", address: ANNA }), context).errors).toEqual({
      address: { key: "roleForm.error.notHolder.steward" },
    });
    expect(validateRoleChange(draft({ seat: "guardian", address: zeroAddress }), context).errors).toEqual({
      address: { key: "newGrant.error.recipient" },
    });
    expect(
      validateRoleChange(draft({ seat: "steward", member: ANNA, reason: "x".repeat(ROLE_REASON_MAX + 1) }), context)
        .errors,
    ).toEqual({ reason: { key: "revocation.error.reasonLong", vars: { max: String(ROLE_REASON_MAX) } } });
    // A seat this fund does not have (a token-weighted fund has no registrars).
    expect(
      validateRoleChange(draft({ seat: "registrar", member: ANNA }), { ...context, seats: ["verifier"] }).errors,
    ).toEqual({ seat: { key: "roleForm.error.seat" } });
  });

  it("refuses a proposer the governor would refuse, at the form", () => {
    const checked = validateRoleChange(draft({ seat: "steward", member: ANNA }), {
      ...context,
      votes: 0n,
      votesNow: 0n,
    });
    expect(checked.errors).toEqual({ form: { key: "newGrant.error.threshold", vars: { votes: "0", threshold: "1" } } });
    // The fields are right: the change is known, though it cannot be proposed yet.
    expect(checked.change).toEqual({ change: "appoint", seat: "steward", account: ANNA });
    expect(
      validateRoleChange(draft({ seat: "steward", member: ANNA }), { ...context, connected: false }).errors,
    ).toEqual({ form: { key: "newGrant.error.connect" } });
  });

  it("grants or revokes the role on its contract, and sets or empties the guardian's seat", () => {
    const registrar = roleChangeActions(CONTRACTS, { change: "appoint", seat: "registrar", account: ANNA });
    expect(registrar.targets).toEqual([CONTRACTS.membership]);
    expect(decodeFunctionData({ abi: ABIS.membership, data: registrar.calldatas[0] })).toEqual({
      functionName: "grantRole",
      args: [roleHash("REGISTRAR_ROLE"), ANNA],
    });
    const verifier = roleChangeActions(CONTRACTS, { change: "remove", seat: "verifier", account: ANNA });
    expect(verifier.targets).toEqual([CONTRACTS.payeeRegistry]);
    expect(decodeFunctionData({ abi: ABIS.payeeRegistry, data: verifier.calldatas[0] })).toEqual({
      functionName: "revokeRole",
      args: [roleHash("VERIFIER_ROLE"), ANNA],
    });
    const steward = roleChangeActions(CONTRACTS, { change: "appoint", seat: "steward", account: ANNA });
    expect(steward.targets).toEqual([CONTRACTS.milestoneGrants]);
    expect(decodeFunctionData({ abi: ABIS.milestoneGrants, data: steward.calldatas[0] }).args).toEqual([
      roleHash("STEWARD_ROLE"),
      ANNA,
    ]);
    const guardian = roleChangeActions(CONTRACTS, { change: "remove", seat: "guardian", account: JURIST });
    expect(guardian.targets).toEqual([CONTRACTS.governor]);
    expect(decodeFunctionData({ abi: ABIS.governor, data: guardian.calldatas[0] })).toEqual({
      functionName: "setProposalGuardian",
      args: [zeroAddress],
    });
  });
});
