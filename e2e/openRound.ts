/** Opening a budget round the way members do, for the browser tests that need one in its ideas phase. */
import { keccak256, toBytes } from "viem";
import { inject } from "vitest";
import { JsonRpcProvider, parseUnits } from "ethers";
import { connectFund, type DeploymentRecord } from "../deploy/deployments";
import { executeProposal, queueProposal } from "../harness/operations";
import { proposalDescription } from "../sdk/model/description";
import { roundOpeningActions, type RoundParams } from "../sdk/proposals/rounds";
import demo from "../deployments/31337.json";
import { account, advanceTime } from "./browser";

export const DAY = 86_400;
const DKKT = (amount: string) => parseUnits(amount, 6);

/**
 * Opens a small round (4 × 50,000 DKKT) the way members do: Hans proposes it, five members
 * vote, and it is queued and executed through the timelock. Returns the round's address.
 */
export async function openRoundByGovernance(): Promise<{ round: string; params: RoundParams }> {
  const provider = new JsonRpcProvider(inject("rpcUrl"), undefined, {
    staticNetwork: true,
    polling: true,
    pollingInterval: 250,
  });
  const signer = (name: string) => provider.getSigner(account(name));
  const record = demo as unknown as DeploymentRecord;
  const fund = connectFund(record, await signer("Hans"));
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
  // it has no text), which this test of the round's phases does not need.
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
