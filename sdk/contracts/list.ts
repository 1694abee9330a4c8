/**
 * The fund's contracts, once: the deployments file's shape, the generated ABIs (sdk/wagmi.config.ts)
 * and the history reader's contract kinds all derive from this list. It imports nothing, so the
 * code generator can read it before anything is generated.
 */
export const FUND_CONTRACTS = {
  governor: { artifact: "PuljeGovernor", placement: "deployed", events: true },
  timelock: { artifact: "PuljeTimelock", placement: "deployed", events: true },
  treasury: { artifact: "Treasury", placement: "deployed", events: true },
  /** One member, one vote; null in a token-weighted fund. */
  membership: { artifact: "Membership", placement: "optional", events: true },
  /** Votes by holdings; null in a membership fund. */
  token: { artifact: "CommunityToken", placement: "optional", events: true },
  /** Budget rounds need districts, so membership funds only. */
  roundFactory: { artifact: "BudgetRoundFactory", placement: "optional", events: true },
  allocationRule: { artifact: "GreedyApprovalRule", placement: "optional", events: false },
  roundImplementation: { artifact: "BudgetRound", placement: "optional", events: false },
  /** Each budget round is a clone the round factory creates. */
  round: { artifact: "BudgetRound", placement: "created", events: true },
  payeeRegistry: { artifact: "PayeeRegistry", placement: "deployed", events: true },
  poolFactory: { artifact: "StewardPoolFactory", placement: "deployed", events: true },
  poolImplementation: { artifact: "StewardPool", placement: "deployed", events: false },
  /** Each quick pool or task group is a clone the pool factory creates. */
  pool: { artifact: "StewardPool", placement: "created", events: true },
  milestoneGrants: { artifact: "MilestoneGrants", placement: "deployed", events: true },
  /** The content service's erasure log, anchored: roots only, no money, no personal data. */
  erasureAnchor: { artifact: "ErasureAnchor", placement: "deployed", events: true },
  /** Creates residents' passkey accounts (ERC-4337); null when the fund has none. */
  accountFactory: { artifact: "PasskeyAccountFactory", placement: "optional", events: false },
  /** Pays members' gas from its EntryPoint deposit, by the members' rules; null when none. */
  paymaster: { artifact: "FundPaymaster", placement: "optional", events: false },
  /** Carries members' votes, ballots and delegations by signature to the paymaster; null when none. */
  signatureRelay: { artifact: "SignatureRelay", placement: "optional", events: false },
} as const;

/** Interfaces the dApp talks to besides the contracts above (the voting source as ERC-5805). */
export const INTERFACE_ARTIFACTS = ["IVotes"] as const;

type Contracts = typeof FUND_CONTRACTS;
type KindsWhere<P> = { [K in keyof Contracts]: Contracts[K] extends P ? K : never }[keyof Contracts];

/** Every contract of a fund by its role in it. */
export type FundContractKind = keyof Contracts;
/** The contracts whose events make up the fund's history. */
export type ContractKind = KindsWhere<{ events: true }>;
/** Contracts at an address the deployment records: always there, or depending on the voting mode. */
export type RequiredKind = KindsWhere<{ placement: "deployed" }>;
export type OptionalKind = KindsWhere<{ placement: "optional" }>;
export type DeployedKind = RequiredKind | OptionalKind;
/** Contracts a factory creates after deployment (budget rounds, pools). */
export type CreatedKind = KindsWhere<{ placement: "created" }>;

/** The artifact names the code generator reads, each once. */
export const ARTIFACTS: readonly string[] = [
  ...new Set([...Object.values(FUND_CONTRACTS).map((c) => c.artifact), ...INTERFACE_ARTIFACTS]),
];

export const DEPLOYED_KINDS = (Object.keys(FUND_CONTRACTS) as FundContractKind[]).filter(
  (kind): kind is DeployedKind => FUND_CONTRACTS[kind].placement !== "created",
);

/** Which factory creates each created kind (its creation event's first indexed argument is the clone). */
export const CREATORS = {
  round: { factory: "roundFactory", event: "RoundCreated" },
  pool: { factory: "poolFactory", event: "PoolCreated" },
} as const satisfies Record<CreatedKind, { factory: DeployedKind; event: string }>;
