import { useMemo } from "react";
import { erc20Abi, type Address } from "viem";
import { useAccount, useReadContract, useReadContracts } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { useFundHistory } from "../history/useFundHistory";
import { membershipContract, requireFund, roundContract } from "../config/contracts";
import {
  ideasOf,
  ROUND_PHASES,
  type IdeaState,
  type RoundDistrict,
  type RoundPhase,
  type RoundRules,
  type RoundSchedule,
} from "./roundModel";
import { roundListings, type RoundListing } from "./useRounds";

const sameAddress = (a: Address, b: Address | null) => b !== null && a.toLowerCase() === b.toLowerCase();

const SETTINGS = [
  "phase",
  "ideasEnd",
  "reviewEnd",
  "votingEnd",
  "finalizedAt",
  "challengeDelay",
  "minPicks",
  "maxPicks",
  "maxIdeasPerDistrict",
  "anyMemberMaySubmit",
  "asset",
  "guardian",
  "outstanding",
  "ideaCount",
  "districts",
  "payoutWindow",
  "closedAt",
  "maxIdeasPerMember",
  "minApprovals",
  "rule",
] as const;

export interface RoundView {
  listing: RoundListing;
  phase: RoundPhase;
  schedule: RoundSchedule;
  rules: RoundRules;
  asset: Address;
  guardian: Address;
  districts: RoundDistrict[];
  /** What the escrow holds, and what of it is promised to winners not yet paid. */
  escrow: bigint;
  outstanding: bigint;
}

/** The connected account's place in the round. */
export interface RoundMe {
  address: Address;
  isReviewer: boolean;
  isGuardian: boolean;
  member: { district: number; joinedAt: number } | null;
  /** The current ballot as a set of slots in `ballotDistrict` (0n when none). */
  ballot: { picks: bigint; district: number };
}

/**
 * Everything the round page shows, in three batched reads whatever the number of ballots:
 * the round's settings, then its districts and ideas (at most 16 × 64), then the connected
 * account's roles and ballot. Texts and reasons come from the history's event scan.
 */
export function useRound(address: Address) {
  const fund = requireFund();
  const round = roundContract(address);
  const { address: account } = useAccount();
  const history = useFundHistory();
  const listing = useMemo(
    () => roundListings(history.data).find((r) => r.address.toLowerCase() === address.toLowerCase()),
    [history.data, address],
  );

  const settings = useReadContracts({
    allowFailure: false,
    contracts: SETTINGS.map((functionName) => ({ ...round, functionName }) as const),
  });
  const s = settings.data;
  const districtIds = useMemo(() => (s?.[14] as readonly number[] | undefined) ?? [], [s]);
  const ideaCount = Number((s?.[13] as bigint | undefined) ?? 0n);
  const asset = (s?.[10] as Address | undefined) ?? ETH_ADDRESS;

  const escrow = useReadContract({
    address: asset,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [address],
    query: { enabled: Boolean(s) },
  });
  const details = useReadContracts({
    allowFailure: false,
    contracts: [
      ...districtIds.map((d) => ({ ...round, functionName: "districtOf", args: [d] }) as const),
      ...Array.from(
        { length: ideaCount },
        (_, i) => ({ ...round, functionName: "ideaOf", args: [BigInt(i + 1)] }) as const,
      ),
    ],
    query: { enabled: Boolean(s) },
  });

  const who = account ?? ETH_ADDRESS;
  const mine = useReadContracts({
    allowFailure: false,
    contracts: [
      { ...round, functionName: "isReviewer", args: [who] } as const,
      { ...round, functionName: "ballotOf", args: [who] } as const,
    ],
    query: { enabled: Boolean(account) },
  });
  // Rounds exist only in membership funds, so the registry is there whenever a round is.
  const membership = membershipContract()!;
  // memberOf reverts for a non-member, so its failure simply means "not a member".
  const member = useReadContracts({
    allowFailure: true,
    contracts: [
      { ...membership, functionName: "isMember", args: [who] } as const,
      { ...membership, functionName: "memberOf", args: [who] } as const,
    ],
    query: { enabled: Boolean(account) },
  });

  const view = useMemo((): RoundView | null => {
    if (!s || !details.data || escrow.data === undefined || !listing) return null;
    const districtStates = details.data.slice(0, districtIds.length) as (readonly [bigint, bigint, number, boolean])[];
    const ideas = ideasOf(address, details.data.slice(districtIds.length) as IdeaState[], history.data ?? []);
    return {
      listing,
      phase: ROUND_PHASES[s[0] as number],
      schedule: {
        ideasEnd: s[1] as number,
        reviewEnd: s[2] as number,
        votingEnd: s[3] as number,
        finalizedAt: s[4] as number,
        challengeDelay: s[5] as number,
        payoutWindow: s[15] as number,
        closedAt: s[16] as number,
      },
      rules: {
        minPicks: s[6] as number,
        maxPicks: s[7] as number,
        maxIdeasPerDistrict: s[8] as number,
        maxIdeasPerMember: s[17] as number,
        minApprovals: s[18] as number,
        anyMemberMaySubmit: s[9] as boolean,
        greedy: sameAddress(s[19] as Address, fund.contracts.allocationRule),
      },
      asset,
      guardian: s[11] as Address,
      outstanding: s[12] as bigint,
      escrow: escrow.data,
      districts: districtIds.map((id, i) => ({
        id,
        name: fund.districts[id] ?? String(id),
        budget: districtStates[i][0],
        allocated: districtStates[i][1],
        finalized: districtStates[i][3],
        ideas: ideas.filter((idea) => idea.district === id),
      })),
    };
  }, [s, details.data, escrow.data, listing, districtIds, address, history.data, asset, fund]);

  const me = useMemo((): RoundMe | null => {
    if (!account || !mine.data || !member.data || !view) return null;
    const [isReviewer, ballot] = mine.data;
    const [isMember, memberOf] = member.data.map((r) => r.result) as [
      boolean | undefined,
      readonly [number, number] | undefined,
    ];
    return {
      address: account,
      isReviewer,
      isGuardian: view.guardian.toLowerCase() === account.toLowerCase(),
      member: isMember && memberOf ? { district: memberOf[0], joinedAt: memberOf[1] } : null,
      ballot: { picks: ballot[0], district: ballot[1] },
    };
  }, [account, mine.data, member.data, view]);

  return {
    round: view,
    me,
    isLoading: settings.isLoading || details.isLoading || escrow.isLoading || history.isLoading,
    error: settings.error ?? details.error ?? escrow.error ?? history.error,
    notFound: Boolean(history.data && !listing),
  };
}
