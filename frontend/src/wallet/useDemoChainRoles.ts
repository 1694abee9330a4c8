import { useMemo } from "react";
import { useReadContract, useReadContracts } from "wagmi";
import { ABIS } from "@sdk/contracts/kinds";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { roleHash } from "@sdk/model/roles";
import type { DemoAccount } from "../config/deployment";
import {
  governorContract,
  membershipContract,
  milestoneGrantsContract,
  payeeRegistryContract,
  requireFund,
} from "../config/contracts";
import type { ChainRoles } from "./demoRoles";

/**
 * The demo accounts' roles as the chain says them now (lower-cased address → roles): the
 * governor's guardian, and per account its membership and district and the registrar, verifier
 * and steward roles, in batched reads made while `enabled` (the picker is open, so they are read
 * again each time it opens). Null until the chain has answered.
 */
export function useDemoChainRoles(accounts: readonly DemoAccount[], enabled: boolean): Map<string, ChainRoles> | null {
  const fund = requireFund();
  // A demo fund votes by membership; a token-weighted one has no members or registrars, and
  // nothing is read from the stand-in then.
  const membership = membershipContract() ?? ({ address: ETH_ADDRESS, abi: ABIS.membership } as const);
  const query = { enabled: enabled && accounts.length > 0 };
  const guardian = useReadContract({ ...governorContract(), functionName: "proposalGuardian", query });
  const members = useReadContracts({
    allowFailure: true,
    contracts: accounts.flatMap(({ address }) => [
      { ...membership, functionName: "isMember", args: [address] } as const,
      // memberOf reverts for a non-member: its failure simply means "no district".
      { ...membership, functionName: "memberOf", args: [address] } as const,
      { ...membership, functionName: "hasRole", args: [roleHash("REGISTRAR_ROLE"), address] } as const,
    ]),
    query: { enabled: query.enabled && membershipContract() !== null },
  });
  const stewards = useReadContracts({
    allowFailure: false,
    contracts: accounts.flatMap(({ address }) => [
      { ...payeeRegistryContract(), functionName: "hasRole", args: [roleHash("VERIFIER_ROLE"), address] } as const,
      { ...milestoneGrantsContract(), functionName: "hasRole", args: [roleHash("STEWARD_ROLE"), address] } as const,
    ]),
    query,
  });
  const hasMembership = membershipContract() !== null;
  // In a fund that votes by token, who holds some now.
  const token = requireFund().contracts.token;
  const balances = useReadContracts({
    allowFailure: false,
    contracts: accounts.map(
      ({ address }) =>
        ({ address: token ?? ETH_ADDRESS, abi: ABIS.token, functionName: "balanceOf", args: [address] }) as const,
    ),
    query: { enabled: query.enabled && token !== null },
  });
  return useMemo(() => {
    if (guardian.data === undefined || !stewards.data || (hasMembership && !members.data)) return null;
    if (token && !balances.data) return null;
    return new Map(
      accounts.map((account, i): [string, ChainRoles] => {
        const [isMember, memberOf, isRegistrar] = members.data?.slice(3 * i, 3 * i + 3).map((r) => r.result) ?? [];
        const district = isMember === true && memberOf ? (memberOf as readonly [number, number])[0] : null;
        return [
          account.address.toLowerCase(),
          {
            member: district === null ? null : (fund.districts[district] ?? String(district)),
            registrar: isRegistrar === true,
            guardian: guardian.data.toLowerCase() === account.address.toLowerCase(),
            verifier: stewards.data[2 * i],
            steward: stewards.data[2 * i + 1],
            holder: (balances.data?.[i] ?? 0n) > 0n,
          },
        ];
      }),
    );
  }, [guardian.data, members.data, stewards.data, balances.data, token, accounts, hasMembership, fund.districts]);
}
