/** Opening a budget round the way members do, for the browser tests that need one in its ideas phase. */
import { keccak256, toBytes } from "viem";
import { inject } from "vitest";
import { JsonRpcProvider, JsonRpcSigner, parseUnits } from "ethers";
import { connectFund, type DeploymentRecord } from "../deploy/deployments";
import { executeProposal, queueProposal } from "../harness/operations";
import { proposalDescription } from "../sdk/model/description";
import { roundOpeningActions, type RoundParams } from "../sdk/proposals/rounds";
import demo from "../deployments/31337.json";
import { account, advanceTime } from "./browser";

export const DAY = 86_400;
const DKKT = (amount: string) => parseUnits(amount, 6);

/** A small round (4 × 50,000 DKKT) with its ideas phase open for ten days, and the actions that open it. */
async function smallRound(provider: JsonRpcProvider) {
  const record = demo as unknown as DeploymentRecord;
  const now = Number((await provider.getBlock("latest"))!.timestamp);
  const params: RoundParams = {
    asset: record.assets.find((a) => a.symbol === "DKKT")!.address,
    districts: [0, 1, 2, 3],
    budgets: Array(4).fill(DKKT("50000")),
    ideasEnd: now + 10 * DAY,
    reviewEnd: now + 11 * DAY,
    votingEnd: now + 12 * DAY,
    challengeDelay: DAY,
    payoutWindow: 90 * DAY,
    minPicks: 1,
    maxPicks: 3,
    maxIdeasPerDistrict: 16,
    maxIdeasPerMember: 16,
    minApprovals: 1,
    anyMemberMaySubmit: false,
    reviewers: [account("Borgerservice")],
    guardian: account("Kommunens jurist"),
    rule: record.contracts.allocationRule!,
  };
  // A public title on chain; the body was never written to the content service (the page says
  // it has no text), which these tests of the round's phases do not need.
  const description = proposalDescription(
    "Borgermillion (test)",
    keccak256(toBytes("Fire bydele, 50.000 kr. hver.")),
    account("Hans"),
  );
  const { treasury, roundFactory, roundImplementation, payeeRegistry, paymaster } = record.contracts;
  const { actions, round } = roundOpeningActions(
    { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry, paymaster },
    params,
    description,
    { verifiedPayeesRequired: record.config.requireVerifiedPayees },
  );
  return { record, params, description, actions, round };
}

const localProvider = () =>
  new JsonRpcProvider(inject("rpcUrl"), undefined, { staticNetwork: true, polling: true, pollingInterval: 250 });

/**
 * Opens a small round (4 × 50,000 DKKT) the way members do: Hans proposes it, five members
 * vote, and it is queued and executed through the timelock. Returns the round's address.
 */
export async function openRoundByGovernance(): Promise<{ round: string; params: RoundParams }> {
  const provider = localProvider();
  const signer = (name: string) => provider.getSigner(account(name));
  const { record, params, description, actions, round } = await smallRound(provider);
  const fund = connectFund(record, await signer("Hans"));
  await (await fund.governor.propose(actions.targets, actions.values, actions.calldatas, description)).wait();
  const id = await fund.governor.latestProposalIdOf(account("Hans"));
  await advanceTime(DAY + 1);
  for (const name of ["Anna", "Camilla", "Dennis", "Emma", "Hans"])
    await (await fund.governor.connect(await signer(name)).castVote(id, 1)).wait();
  await advanceTime(5 * DAY + 1);
  await queueProposal(fund, await signer("Hans"), id);
  await advanceTime(2 * DAY + 1);
  await executeProposal(fund, await signer("Hans"), id);
  provider.destroy();
  return { round, params };
}

/**
 * Opens the same round with the same actions, sent by the timelock itself (impersonated on the
 * local node) instead of after a week of voting and waiting: for a test that must not move the
 * clock (the bundler refuses operations whose paymaster window starts after its own clock).
 * The governance path is openRoundByGovernance's.
 */
export async function openRoundByTimelock(): Promise<{ round: string; params: RoundParams }> {
  const provider = localProvider();
  const { record, params, actions, round } = await smallRound(provider);
  const timelock = record.contracts.timelock;
  await provider.send("hardhat_impersonateAccount", [timelock]);
  await provider.send("hardhat_setBalance", [timelock, "0xde0b6b3a7640000"]);
  // Not getSigner: the node does not list an impersonated account among its own.
  const signer = new JsonRpcSigner(provider, timelock);
  for (let i = 0; i < actions.targets.length; i++)
    await (
      await signer.sendTransaction({ to: actions.targets[i], value: actions.values[i], data: actions.calldatas[i] })
    ).wait();
  await provider.send("hardhat_stopImpersonatingAccount", [timelock]);
  provider.destroy();
  return { round, params };
}
