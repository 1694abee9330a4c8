import { parseUnits, type Signer } from "ethers";
import type { Address } from "viem";
import type { ConnectedFund, DeploymentRecord } from "../../deploy/deployments";
import { propose, writeProposalText, type Asset } from "../../harness/operations";
import type { TextStore } from "../../harness/texts";
import { roundOpeningActions, type RoundParams } from "../../sdk/proposals/rounds";

/**
 * A budget round's opening proposal as the demo makes it: the text with its allocation criteria
 * stored first, then the same actions `round:open` and the dApp's round form build.
 */

const DAY = 86_400;

/** The citizen million's allocation criteria, as config/round-demo.json states them too. */
export const ROUND_CRITERIA =
  "Kommunens fagfolk vurderer hver idé, før der stemmes. En idé kommer på stemmesedlen, når den:\n\n- gavner bydelen og er åben for alle,\n- kan gennemføres inden for et år og holder sig inden for bydelens budget,\n- ikke strider mod lov, lokalplan eller kommunens andre planer.\n\nBeboerne i hver bydel vælger blandt disse idéer. Idéerne får penge i rækkefølge efter stemmer, så længe der er penge nok tilbage i bydelens budget; en idé, der koster mere end det, der er tilbage, springes over, og den næste prøves.";

/** Proposes a round with the same budget in every district; returns the proposal and the round's address. */
export async function proposeRound(
  fund: ConnectedFund,
  proposer: Signer,
  texts: TextStore,
  record: DeploymentRecord,
  spec: {
    title: string;
    body: string;
    /** How ideas are chosen: kept with the proposal's text, shown on the round's page. */
    criteria: string;
    asset: Asset;
    budget: string;
    schedule: [number, number, number];
    challengeDelay: number;
    reviewers: Address[];
  },
) {
  const { treasury, roundFactory, roundImplementation, payeeRegistry, allocationRule, paymaster } = record.contracts;
  const params: RoundParams = {
    asset: spec.asset.address,
    districts: [0, 1, 2, 3],
    budgets: Array(4).fill(parseUnits(spec.budget, spec.asset.decimals)),
    ideasEnd: spec.schedule[0],
    reviewEnd: spec.schedule[1],
    votingEnd: spec.schedule[2],
    challengeDelay: spec.challengeDelay,
    payoutWindow: 90 * DAY,
    minPicks: 1,
    maxPicks: 4,
    maxIdeasPerDistrict: 16,
    maxIdeasPerMember: 3,
    minApprovals: 1,
    anyMemberMaySubmit: false,
    reviewers: spec.reviewers,
    guardian: (await fund.governor.proposalGuardian()) as Address,
    rule: allocationRule!,
  };
  // The rounds' titles are published: a generic governance client shows them by name.
  const proposal = await writeProposalText(fund, proposer, texts, {
    title: spec.title,
    body: spec.body,
    criteria: spec.criteria,
    publishTitle: true,
  });
  const { actions, round } = roundOpeningActions(
    { treasury, roundFactory: roundFactory!, roundImplementation: roundImplementation!, payeeRegistry, paymaster },
    params,
    proposal.description,
    { verifiedPayeesRequired: await fund.payees.verificationRequired() },
  );
  const proposalId = await propose(fund, proposer, actions, proposal.description, [proposal.commitment], texts);
  return { proposalId, round };
}
