import type { Address } from "viem";
import { propose, writeProposalText } from "../../harness/operations";
import { roleHash } from "../../sdk/model/roles";
import { concatActions, type ProposalActions } from "../../sdk/proposals/actions";
import {
  guardianActions,
  majorityActions,
  revokeMemberActions,
  roleActions,
  ruleChangeActions,
} from "../../sdk/proposals/governance";
import { milestoneCancelActions, poolTopUpActions, verificationRuleActions } from "../../sdk/proposals/stewards";
import { proposeRound, ROUND_CRITERIA } from "./proposeRound";
import {
  money,
  proposeMilestoneGrant,
  proposePool,
  ROOF_GRANT,
  TASK_GROUP,
  UNVERIFIED_PAYEE,
  type DemoMilestoneGrant,
  type DemoPool,
  type StewardsContext,
} from "./stewards";

/**
 * The demo's newest proposals, made just now and so still pending when the demo starts: one of
 * each kind the dApp's proposal forms and the Hardhat tasks build (the same SDK builders), each
 * by a member with no other live proposal (the governor allows one each) and votes of their own.
 * The members the browser tests propose as — Camilla, Dennis, Frederik, Hans — are left free.
 */

const DAY = 86_400;

/** The seeded fund's things the proposals change: the task group and the roof's milestone grant. */
export interface PendingTargets {
  taskGroup: string;
  roofGrant: bigint;
}

/** One proposal of each kind, in the order they are made; each with the summary's line. */
export async function proposePendingKinds(
  ctx: StewardsContext,
  targets: PendingTargets,
): Promise<{ id: bigint; title: string; meant: string }[]> {
  const made: { id: bigint; title: string; meant: string }[] = [];
  const pending = (id: bigint, title: string, kind: string) =>
    made.push({ id, title, meant: `pending: ${kind}, voting opens later` });
  const { governor, timelock, membership, payeeRegistry, milestoneGrants, treasury } = ctx.fund.record.contracts;

  pending(
    await proposeActions(
      ctx,
      RULES,
      concatActions(
        ruleChangeActions({ governor, timelock }, [{ rule: "votingPeriod", value: BigInt(7 * DAY) }]),
        majorityActions(governor, { numerator: 3, denominator: 5 }),
      ),
    ),
    RULES.title,
    "a rule change (7-day votes, a 60 % majority)",
  );

  const round = await proposeRound(
    ctx.fund,
    ctx.as(ROUND_2027.proposer),
    ctx.texts(ROUND_2027.proposer),
    ctx.fund.record,
    {
      ...ROUND_2027,
      criteria: ROUND_CRITERIA,
      asset: ctx.dkkt,
      schedule: [ctx.present + 56 * DAY, ctx.present + 70 * DAY, ctx.present + 84 * DAY],
      challengeDelay: 2 * DAY,
      reviewers: [ctx.as("Borgerservice").address as Address],
    },
  );
  pending(round.proposalId, ROUND_2027.title, "opens a budget round");

  const pool = await proposePool(ctx, GREEN_YARDS);
  pending(pool.id, GREEN_YARDS.name, "creates a task group");

  pending(
    await proposeActions(
      ctx,
      TOP_UP,
      poolTopUpActions(treasury, targets.taskGroup as Address, ctx.dkkt.address, money(TOP_UP.amount, ctx.dkkt)),
    ),
    TOP_UP.title,
    `tops up ${TASK_GROUP.name} by ${TOP_UP.amount} DKKT`,
  );

  pending(await proposeMilestoneGrant(ctx, OUTDOOR_KITCHEN), OUTDOOR_KITCHEN.title, "a milestone grant");

  pending(
    await proposeActions(ctx, STOP_ROOF, milestoneCancelActions(milestoneGrants, targets.roofGrant)),
    STOP_ROOF.title,
    `cancels the rest of milestone grant #${targets.roofGrant}`,
  );

  pending(
    await proposeActions(ctx, VERIFIED_ONLY, verificationRuleActions(payeeRegistry, true)),
    VERIFIED_ONLY.title,
    "requires verified payees",
  );

  const registrar = ctx.as(YOUTH_CLUB_REGISTRAR.account).address as Address;
  pending(
    await proposeActions(
      ctx,
      YOUTH_CLUB_REGISTRAR,
      roleActions(membership!, "membership", "grant", roleHash("REGISTRAR_ROLE"), registrar),
    ),
    YOUTH_CLUB_REGISTRAR.title,
    `appoints ${YOUTH_CLUB_REGISTRAR.account} a second registrar`,
  );

  const guardian = ctx.as(NEW_GUARDIAN.account).address as Address;
  pending(
    await proposeActions(ctx, NEW_GUARDIAN, guardianActions(governor, guardian)),
    NEW_GUARDIAN.title,
    `appoints ${NEW_GUARDIAN.account} the guardian`,
  );

  const leaving = ctx.as(REVOCATION.member).address as Address;
  // Titled as the dApp's revocation form titles it: the member's name and short address.
  const title = `Afslut medlemskabet for ${REVOCATION.member} (${leaving.slice(0, 6)}…${leaving.slice(-4)})`;
  pending(
    await proposeActions(ctx, { ...REVOCATION, title }, revokeMemberActions(membership!, leaving)),
    title,
    `ends ${REVOCATION.member}'s membership`,
  );
  return made;
}

/** A proposal whose only text is its own (title kept off chain), as the dApp's forms send it. */
async function proposeActions(
  ctx: StewardsContext,
  spec: { proposer: string; title: string; body: string },
  actions: ProposalActions,
): Promise<bigint> {
  const proposer = ctx.as(spec.proposer);
  const texts = ctx.texts(spec.proposer);
  const proposal = await writeProposalText(ctx.fund, proposer, texts, { title: spec.title, body: spec.body });
  return propose(ctx.fund, proposer, actions, proposal.description, [proposal.commitment], texts);
}

const RULES = {
  proposer: "Peter",
  title: "Syv dages afstemning og 60 % flertal",
  body: "Fem dage er for kort for dem, der er på ferie eller arbejder i skiftehold: afstemningen bør vare syv dage. Og et forslag bør have mindst 60 % af stemmerne for og imod, så store beslutninger ikke vedtages med et knebent flertal.",
};

const ROUND_2027 = {
  proposer: "Lars",
  title: "Borgermillion 2027",
  body: "500.000 kr. til fire bydele, 125.000 kr. hver, af det, der er tilbage i kassen. Idéer i otte uger, vurdering i to uger og afstemning i to uger.",
  budget: "125000",
};

const GREEN_YARDS: DemoPool = {
  proposer: "Ida",
  kind: 1,
  name: "Arbejdsgruppe: Grønne gårde i Ballerup Nord",
  body: "En arbejdsgruppe i Ballerup Nord med 30.000 kr. til plantekasser, bænke og frugttræer i boligområdernes gårde, i fire måneder.",
  mandate: "Grønne gårde i Ballerup Nord: plantekasser, bænke og frugttræer, sat op sammen med boligforeningerne.",
  budget: "30000",
  cap: "10000",
  endsInDays: 120,
  committee: ["Ida", "Jonas", "Lars"],
  threshold: 2,
  voters: [],
  grants: [],
};

const TOP_UP = {
  proposer: "Mette",
  title: "15.000 kr. mere til Tryg skolevej",
  body: "Hegnet langs skolestien er sat op. Skolen og forældrene ønsker nu lys på den mørke strækning ved tunnelen: arbejdsgruppen beder om 15.000 kr. mere til tre lamper.",
  amount: "15000",
};

const OUTDOOR_KITCHEN: DemoMilestoneGrant = {
  proposer: "Karen",
  payee: "Tømrerfirmaet Bach ApS",
  title: "Udekøkken i Ballerup Nord Fællesskabshave",
  body: "60.000 kr. til Tømrerfirmaet Bach ApS for et overdækket udekøkken til fællesspisningerne, betalt i to dele, efterhånden som kommunens byggesagsbehandler bekræfter arbejdet.",
  milestones: [
    { amount: "35000", description: "Fundament og tag" },
    { amount: "25000", description: "Køkkenet færdigt og synet" },
  ],
};

const STOP_ROOF = {
  proposer: "Niels",
  title: `Stop resten af bevillingen: ${ROOF_GRANT.title}`,
  body: "Fotoet af det lagte tag viser 12 m², men spejderhytten har omkring 40 m² tag. Indtil spejderne har bekræftet, at hele taget er lagt, bør resten ikke udbetales: stop det, der ikke er betalt, og bevilg det igen, når arbejdet er dokumenteret.",
};

const VERIFIED_ONLY = {
  proposer: "Gitte",
  title: "Kun kontrollerede modtagere",
  body: `Alle udbetalinger bør gå til modtagere, som Økonomiafdelingen har slået op i CVR-registret. ${UNVERIFIED_PAYEE} er endnu ikke kontrolleret og skal kontrolleres, før den kan få penge igen.`,
};

const YOUTH_CLUB_REGISTRAR = {
  proposer: "Jonas",
  account: "Skovlunde Ungdomsklub",
  title: "Skovlunde Ungdomsklub som medlemsansvarlig",
  body: "Mange unge kommer aldrig på rådhuset, men de kommer i klubben. Klubbens ledere bør kunne optage unge fra 15 år som medlemmer, ved siden af Borgerservice.",
};

const NEW_GUARDIAN = {
  proposer: "Emma",
  account: "Hans",
  title: "Hans som tilsynsførende i stedet for kommunens jurist",
  body: "Den tilsynsførende kan stoppe et forslag, der strider mod loven. Hans er pensioneret dommer og bor i Måløv: den rolle bør en borger have, ikke forvaltningen selv.",
};

const REVOCATION = {
  proposer: "Anna",
  member: "Dennis",
  body: "Dennis er flyttet til Odense og har bedt Borgerservice om at udtræde. En medlemsansvarlig kan ikke selv afslutte et medlemskab, så Borgerservice har bedt mig foreslå det.",
};
