import { getCreateAddress, ZeroAddress, type ContractTransactionResponse, type Signer } from "ethers";
import {
  BudgetRound__factory,
  BudgetRoundFactory__factory,
  CommunityToken__factory,
  ErasureAnchor__factory,
  GreedyApprovalRule__factory,
  Membership__factory,
  MilestoneGrants__factory,
  PayeeRegistry__factory,
  PuljeGovernor__factory,
  PuljeTimelock__factory,
  StewardPool__factory,
  StewardPoolFactory__factory,
  Treasury__factory,
  type BudgetRoundFactory,
  type CommunityToken,
  type ErasureAnchor,
  type GreedyApprovalRule,
  type Membership,
  type MilestoneGrants,
  type PayeeRegistry,
  type PuljeGovernor,
  type PuljeTimelock,
  type StewardPoolFactory,
  type Treasury,
  type FundPaymaster,
  type SignatureRelay,
} from "../typechain-types";
import type { FundConfig } from "../sdk/config/fund";
import { formatFeePerGas } from "../sdk/config/feePerGas";
import { findLeftoverRoles } from "./roles";
import {
  deployAccounts,
  deployPaymaster,
  deploySignatureRelay,
  ensureEntryPoint,
  type DeployedAccounts,
} from "./accounts";

export interface DeployedFund {
  config: FundConfig;
  chainId: number;
  deployer: string;
  /** The block of the first deployment transaction: where a history reader starts. */
  deploymentBlock: number;
  governor: PuljeGovernor;
  timelock: PuljeTimelock;
  treasury: Treasury;
  /** Who may be paid: attested payees, and the members' rule on whether payouts need one. */
  payees: PayeeRegistry;
  /** Quick pools and task groups: the factory the timelock owns, and the code clones run. */
  pools: { factory: StewardPoolFactory; implementation: string };
  /** Every milestone grant, paid from its allowance on the treasury. */
  milestones: MilestoneGrants;
  /** Set in membership mode. */
  membership: Membership | null;
  /** Set in token mode. */
  token: CommunityToken | null;
  /** The ERC-5805 voting source the governor reads: the membership or the token. */
  votesAddress: string;
  /** Budget rounds (membership mode: ballots are per district): the factory the timelock owns, and the default rule. */
  rounds: { factory: BudgetRoundFactory; implementation: string; rule: GreedyApprovalRule } | null;
  /** Where the content service anchors its erasure log's root (no money, no personal data). */
  erasureAnchor: ErasureAnchor;
  /** Passkey accounts (config.passkeyAccounts): the EntryPoint v0.8 and the account factory. */
  accounts: DeployedAccounts | null;
  /** The paymaster the timelock owns (config.sponsorship): pays members' gas by their rules. */
  paymaster: FundPaymaster | null;
  /** The relay for members' votes, ballots and delegations by signature (with the paymaster). */
  signatureRelay: SignatureRelay | null;
}

export type DeployLog = (message: string) => void;

/**
 * Deploys a fund as `config` describes and hands every power to its members' governance.
 * The one deployment path: `npm start`, the test fixtures and real networks all call it.
 *
 * Order: timelock → voting source with its founding members → governor → payee registry →
 * treasury → round factory, pool factory, milestone grants, erasure anchor, each governed by the timelock from
 * its constructor on. The deployer never holds a role, not even for a moment: the timelock is
 * created with the governor's address (known in advance from the deployer's nonce) as its only
 * proposer, canceller and executor, and the founding members are admitted by the membership's
 * constructor. So a deployment that fails at any step leaves no power behind (it fails closed).
 * It ends by checking that the deployer holds nothing anywhere, and throws if it does.
 */
export async function deployFund(
  deployer: Signer,
  config: FundConfig,
  log: DeployLog = () => {},
): Promise<DeployedFund> {
  const deployerAddress = await deployer.getAddress();
  const provider = deployer.provider;
  if (!provider) throw new Error("deployFund: the deployer signer has no provider");
  const chainId = Number((await provider.getNetwork()).chainId);
  const isMembership = config.votingMode === "membership";
  if (
    config.guardian?.toLowerCase() === deployerAddress.toLowerCase() ||
    [...config.registrars, ...config.verifiers, ...config.stewards, ...config.erasureAnchorers].some(
      (r) => r.toLowerCase() === deployerAddress.toLowerCase(),
    )
  ) {
    // Checked before any transaction: the deployer must walk away with nothing.
    throw new Error(
      `deployFund: the deployer ${deployerAddress} is named as guardian, registrar, verifier, steward or erasure anchorer; use another account`,
    );
  }

  log(`Deploying "${config.name}" (${config.votingMode} voting) on chain ${chainId} from ${deployerAddress}`);

  // The timelock is deployed first, the votes source second, the governor third.
  const nonce = await provider.getTransactionCount(deployerAddress, "pending");
  const predictedGovernor = getCreateAddress({ from: deployerAddress, nonce: nonce + 2 });
  const timelock = await new PuljeTimelock__factory(deployer).deploy(
    config.timelockDelay,
    [predictedGovernor],
    [predictedGovernor],
    ZeroAddress,
  );
  const deploymentBlock = await blockOf(timelock.deploymentTransaction());
  await timelock.waitForDeployment();
  const timelockAddress = await timelock.getAddress();
  log(`  timelock   ${timelockAddress}`);

  let membership: Membership | null = null;
  let token: CommunityToken | null = null;
  if (isMembership) {
    membership = await new Membership__factory(deployer).deploy(`${config.name} membership`, "MEMBER", {
      governance: timelockAddress,
      registrars: config.registrars,
      districtNames: config.districts,
      admissionLimit: config.admissionLimit.count,
      admissionPeriod: config.admissionLimit.period,
      members: config.members.map((m) => m.account),
      memberDistricts: config.members.map((m) => config.districts.indexOf(m.district)),
    });
    await membership.waitForDeployment();
    log(`  membership ${await membership.getAddress()} (${config.members.length} founding members)`);
  } else {
    const holders = config.token!.holders;
    token = await new CommunityToken__factory(deployer).deploy(
      config.token!.name,
      config.token!.symbol,
      timelockAddress,
      holders.map((h) => h.account),
      holders.map((h) => h.amount),
    );
    await token.waitForDeployment();
    log(`  token      ${await token.getAddress()}`);
  }
  const votesAddress = await (membership ?? token)!.getAddress();

  const governor = await new PuljeGovernor__factory(deployer).deploy(
    config.name,
    votesAddress,
    timelockAddress,
    {
      votingDelay: config.votingDelay,
      votingPeriod: config.votingPeriod,
      proposalThreshold: config.proposalThreshold,
      quorumPercent: config.quorumPercent,
      lateQuorumExtension: config.lateQuorumExtension,
      majorityNumerator: config.majority.numerator,
      majorityDenominator: config.majority.denominator,
    },
    config.guardian ?? "0x0000000000000000000000000000000000000000",
  );
  await governor.waitForDeployment();
  const governorAddress = await governor.getAddress();
  if (governorAddress !== predictedGovernor) {
    // Another transaction from the deployer moved its nonce: the timelock serves nobody.
    throw new Error(
      `deployFund: the governor landed at ${governorAddress}, not at ${predictedGovernor} where the timelock expects it; send nothing else from the deployer while deploying`,
    );
  }
  log(`  governor   ${governorAddress}`);

  const payees = await new PayeeRegistry__factory(deployer).deploy(
    timelockAddress,
    config.verifiers,
    config.requireVerifiedPayees,
  );
  await payees.waitForDeployment();
  log(
    `  payees     ${await payees.getAddress()} (verified payees ${config.requireVerifiedPayees ? "required" : "optional"})`,
  );

  const treasury = await new Treasury__factory(deployer).deploy(timelockAddress, await payees.getAddress());
  await treasury.waitForDeployment();
  const treasuryAddress = await treasury.getAddress();
  log(`  treasury   ${treasuryAddress}`);

  const poolImplementation = await new StewardPool__factory(deployer).deploy();
  const poolFactory = await new StewardPoolFactory__factory(deployer).deploy(
    timelockAddress,
    await poolImplementation.getAddress(),
    treasuryAddress,
    votesAddress,
  );
  await poolFactory.waitForDeployment();
  const pools = { factory: poolFactory, implementation: await poolImplementation.getAddress() };
  log(`  pools      ${await poolFactory.getAddress()} (steward pool factory)`);

  const milestones = await new MilestoneGrants__factory(deployer).deploy(
    timelockAddress,
    treasuryAddress,
    config.stewards,
    config.guardian ?? "0x0000000000000000000000000000000000000000",
    config.milestoneVetoWindow,
  );
  await milestones.waitForDeployment();
  log(`  milestones ${await milestones.getAddress()}`);

  let rounds: DeployedFund["rounds"] = null;
  if (membership) {
    const rule = await new GreedyApprovalRule__factory(deployer).deploy();
    const implementation = await new BudgetRound__factory(deployer).deploy();
    const factory = await new BudgetRoundFactory__factory(deployer).deploy(
      timelockAddress,
      await implementation.getAddress(),
      await membership.getAddress(),
      treasuryAddress,
    );
    await factory.waitForDeployment();
    rounds = { factory, implementation: await implementation.getAddress(), rule };
    log(`  rounds     ${await factory.getAddress()} (budget round factory)`);
  }

  const erasureAnchor = await new ErasureAnchor__factory(deployer).deploy(timelockAddress, config.erasureAnchorers);
  await erasureAnchor.waitForDeployment();
  log(`  anchor     ${await erasureAnchor.getAddress()} (erasure log; ${config.erasureAnchorers.length} anchorer(s))`);

  // Last, so the addresses above do not depend on whether the fund has passkey accounts.
  let accounts: DeployedAccounts | null = null;
  let paymaster: FundPaymaster | null = null;
  let signatureRelay: SignatureRelay | null = null;
  if (config.passkeyAccounts) {
    accounts = await deployAccounts(deployer, await ensureEntryPoint(deployer, chainId));
    log(
      `  accounts   ${await accounts.accountFactory.getAddress()} (passkey account factory; EntryPoint ${accounts.entryPoint})`,
    );
    if (config.sponsorship && membership) {
      signatureRelay = await deploySignatureRelay(deployer);
      log(`  relay      ${await signatureRelay.getAddress()} (votes, ballots and delegations by signature)`);
      paymaster = await deployPaymaster(deployer, config.sponsorship, {
        timelock: timelockAddress,
        governor,
        membership,
        signatureRelay: await signatureRelay.getAddress(),
      });
      log(
        `  paymaster  ${await paymaster.getAddress()} (${config.sponsorship.gasPerPeriod} gas per member per ${config.sponsorship.period} s, at most ${formatFeePerGas(config.sponsorship.maxFeePerGas)} per gas; no deposit yet)`,
      );
    }
  }

  const fund: DeployedFund = {
    config,
    chainId,
    deployer: deployerAddress,
    deploymentBlock,
    governor,
    timelock,
    treasury,
    payees,
    pools,
    milestones,
    membership,
    token,
    votesAddress,
    rounds,
    erasureAnchor,
    accounts,
    paymaster,
    signatureRelay,
  };
  const leftovers = await findLeftoverRoles(fund, deployerAddress);
  if (leftovers.length > 0) {
    throw new Error(`deployFund: the deployer still holds ${leftovers.join(", ")}`);
  }
  log(`  the deployer holds no role`);
  return fund;
}

async function blockOf(tx: ContractTransactionResponse | null): Promise<number> {
  const receipt = await tx?.wait();
  if (!receipt) throw new Error("deployFund: no receipt for the first deployment");
  return receipt.blockNumber;
}
