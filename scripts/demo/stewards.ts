import { keccak256, parseUnits, toUtf8Bytes, type Signer } from "ethers";
import type { ConnectedFund } from "../../deploy/deployments";
import { propose, writeProposalText, type Asset } from "../../harness/operations";
import type { TextStore } from "../../harness/texts";
import type { Address } from "viem";
import { descriptionHash } from "../../sdk/model/description";
import { PAYEE_KINDS, REGISTRATION_SCHEMES } from "../../sdk/model/stewards";
import { predictClone } from "../../sdk/proposals/clones";
import { milestoneGrantActions, poolCreationActions, type PoolParams } from "../../sdk/proposals/stewards";
import { StewardPool__factory } from "../../typechain-types";
import { person } from "./people";

/**
 * The stewards' part of the demo: payees checked by Økonomiafdelingen, a quick pool and a task
 * group that the members created by vote and whose committees pay micro-grants, and a
 * milestone grant for a roof, halfway done. Amounts in whole DKKT; people by their demo names.
 */

const DAY = 86_400;
type Who = (name: string) => Signer & { address: string };

/** What the steps need: the fund, the demo people, their texts, the krone and the (estimated) present. */
export interface StewardsContext {
  fund: ConnectedFund;
  as: Who;
  /** The content service, as the named person: where their words go before the chain. */
  texts: (name: string) => TextStore;
  dkkt: Asset;
  /** Unix seconds at which the seeded history ends; dates ahead are counted from it. */
  present: number;
}

export const VERIFIER = "Økonomiafdelingen";
export const STEWARD = "Byggesagsbehandler";
/** The governor's guardian, who also guards milestone deliveries. */
export const GUARDIAN = "Kommunens jurist";

/** Payees the verifier looked up in the Danish business register (CVR), and for how long. */
export const DEMO_PAYEES: readonly { name: string; cvr: string; validDays: number }[] = [
  { name: "Skovlunde Ungdomsklub", cvr: "31415926", validDays: 365 },
  { name: "Måløv Grundejerforening", cvr: "27182801", validDays: 365 },
  { name: "Tømrerfirmaet Bach ApS", cvr: "16180335", validDays: 365 },
  // Its attestation runs out soon: the dApp asks for a renewed check.
  { name: "Ballerup Nord Fællesskabshave", cvr: "14142134", validDays: 10 },
];
/** Never attested: paid only because this fund does not require verified payees. */
export const UNVERIFIED_PAYEE = "Ballerup Syd Legepladsforening";

export interface DemoPool {
  proposer: string;
  kind: 0 | 1; // QuickPool, TaskGroup
  name: string;
  body: string;
  mandate: string;
  budget: string;
  cap: string;
  endsInDays: number;
  committee: string[];
  threshold: number;
  voters: string[];
  /** Micro-grants paid: the proposer approves by proposing, `approvedBy` bring it to the threshold. */
  grants: { by: string; payee: string; amount: string; reason: string; approvedBy: string[] }[];
}

export const QUICK_POOL: DemoPool = {
  proposer: "Anna",
  kind: 0,
  name: "Hurtigpuljen 2026",
  body: "50.000 kr. til små tilskud på højst 5.000 kr., besluttet af tre beboere, når to af dem er enige. Puljen løber et halvt år.",
  mandate: "Små tilskud til foreninger og fællesskaber i hele Ballerup, besluttet hurtigt.",
  budget: "50000",
  cap: "5000",
  endsInDays: 180,
  committee: ["Anna", "Emma", "Ida"],
  threshold: 2,
  voters: ["Anna", "Camilla", "Emma", "Hans", "Ida", "Jonas"],
  grants: [
    {
      by: "Anna",
      payee: "Skovlunde Ungdomsklub",
      amount: "3000",
      reason: "Sommerfest for de unge i Skovlunde",
      approvedBy: ["Emma"],
    },
    {
      by: "Emma",
      payee: "Måløv Grundejerforening",
      amount: "4500",
      reason: "Bålfad og brænde til Måløv Bypark",
      approvedBy: ["Ida"],
    },
  ],
};

/** The quick pool's grant still waiting: proposed by Anna, for Emma or Ida to approve. */
export const PENDING_GRANT = {
  by: "Anna",
  payee: "Ballerup Nord Fællesskabshave",
  amount: "2500",
  reason: "Frø og jord til højbede",
};

export const TASK_GROUP: DemoPool = {
  proposer: "Mette",
  kind: 1,
  name: "Arbejdsgruppe: Tryg skolevej",
  body: "En arbejdsgruppe i Ballerup Syd med 20.000 kr. til at gøre vejen til Ballerup Syd Skole tryggere, i to måneder.",
  mandate: "Gør skolevejen til Ballerup Syd Skole tryg: hegn, skilte og belysning, i samarbejde med skolen.",
  budget: "20000",
  cap: "10000",
  endsInDays: 60,
  committee: ["Mette", "Niels", "Olivia"],
  threshold: 2,
  voters: ["Mette", "Niels", "Olivia", "Peter", "Lars"],
  grants: [
    {
      by: "Mette",
      payee: "Tømrerfirmaet Bach ApS",
      amount: "8500",
      reason: "Hegn langs skolestien",
      approvedBy: ["Olivia"],
    },
  ],
};

export const ROOF_GRANT = {
  proposer: "Gitte",
  payee: "Tømrerfirmaet Bach ApS",
  title: "Nyt tag på spejderhytten i Måløv",
  body: "120.000 kr. til Tømrerfirmaet Bach ApS, betalt i tre dele, efterhånden som kommunens byggesagsbehandler bekræfter arbejdet.",
  voters: ["Gitte", "Hans", "Frederik", "Emma", "Karen"],
  milestones: [
    { amount: "40000", description: "Materialer leveret" },
    { amount: "60000", description: "Taget lagt" },
    { amount: "20000", description: "Afsluttende syn" },
  ],
  /** What the steward points to when confirming a milestone; the hash is of this text. */
  evidence: [
    { uri: "https://byggesag.example.dk/spejderhytten/foelgeseddel.pdf", text: "Følgeseddel: spær, lægter, tagpap" },
    { uri: "https://byggesag.example.dk/spejderhytten/tag-lagt.jpg", text: "Foto: taget lagt, 12 m²" },
  ],
};

export const money = (amount: string, asset: Asset) => parseUnits(amount, asset.decimals);

/** Økonomiafdelingen attests the checked payees. */
export async function attestPayees(ctx: StewardsContext): Promise<void> {
  const registry = ctx.fund.payees.connect(ctx.as(VERIFIER));
  const texts = ctx.texts(VERIFIER);
  const cvr = REGISTRATION_SCHEMES.indexOf("DanishCvr");
  // Associations and a company: their identities may be shown, as this fund's service is configured.
  const company = PAYEE_KINDS.indexOf("Company");
  for (const p of DEMO_PAYEES) {
    const until = ctx.present + p.validDays * DAY;
    const registrar = ctx.fund.record.contracts.payeeRegistry;
    const identity = await texts.write("payeeIdentity", registrar, { legalName: p.name, number: p.cvr });
    const receipt = await (await registry.attest(ctx.as(p.name).address, cvr, company, identity, until)).wait();
    await texts.confirm([identity], receipt!.hash);
  }
}

export interface StewardProposals {
  quickPool: { id: bigint; pool: string };
  taskGroup: { id: bigint; pool: string };
  roof: { id: bigint };
}

/** The three proposals: create the quick pool, create the task group, the roof in milestones. */
export async function proposeStewardship(ctx: StewardsContext): Promise<StewardProposals> {
  const quickPool = await proposePool(ctx, QUICK_POOL);
  const taskGroup = await proposePool(ctx, TASK_GROUP);
  const roof = { id: await proposeMilestoneGrant(ctx, ROOF_GRANT) };
  return { quickPool, taskGroup, roof };
}

/** A milestone grant as its proposer words it; `milestones` in whole DKKT. */
export interface DemoMilestoneGrant {
  proposer: string;
  payee: string;
  title: string;
  body: string;
  milestones: readonly { amount: string; description: string }[];
}

/** Proposes a milestone grant in DKKT: the proposal's, the grant's and each milestone's texts stored first. */
export async function proposeMilestoneGrant(ctx: StewardsContext, spec: DemoMilestoneGrant): Promise<bigint> {
  const proposer = ctx.as(spec.proposer);
  const texts = ctx.texts(spec.proposer);
  const proposal = await writeProposalText(ctx.fund, proposer, texts, { title: spec.title, body: spec.body });
  const { treasury, milestoneGrants } = ctx.fund.record.contracts;
  const title = await texts.write("milestoneGrant", milestoneGrants, { title: spec.title });
  const milestones = [];
  for (const m of spec.milestones) {
    const description = await texts.write("milestonePlan", milestoneGrants, { description: m.description });
    milestones.push({ amount: money(m.amount, ctx.dkkt), description });
  }
  const actions = milestoneGrantActions(
    { treasury, milestoneGrants },
    { payee: ctx.as(spec.payee).address as Address, asset: ctx.dkkt.address, title, milestones },
  );
  const commitments = [proposal.commitment, title, ...milestones.map((m) => m.description)];
  return propose(ctx.fund, proposer, actions, proposal.description, commitments, texts);
}

/** Proposes creating a pool (its name published) with its budget; returns the proposal and the pool's address. */
export async function proposePool(ctx: StewardsContext, spec: DemoPool) {
  const proposer = ctx.as(spec.proposer);
  const texts = ctx.texts(spec.proposer);
  // The title goes on chain too: the members agreed to name their pools publicly.
  const proposal = await writeProposalText(ctx.fund, proposer, texts, {
    title: spec.name,
    body: spec.body,
    publishTitle: true,
  });
  const { treasury, poolFactory, poolImplementation } = ctx.fund.record.contracts;
  const predicted = predictClone(poolFactory, poolImplementation, descriptionHash(proposal.description));
  const text = await texts.write("pool", predicted, { name: spec.name, mandate: spec.mandate });
  const params: PoolParams = {
    kind: spec.kind,
    text,
    token: ctx.dkkt.address,
    capPerGrant: money(spec.cap, ctx.dkkt),
    endsAt: ctx.present + spec.endsInDays * DAY,
    committee: spec.committee.map((n) => ctx.as(n).address as Address),
    threshold: spec.threshold,
  };
  const { actions, pool } = poolCreationActions(
    { treasury, poolFactory, poolImplementation },
    params,
    money(spec.budget, ctx.dkkt),
    proposal.description,
  );
  const id = await propose(ctx.fund, proposer, actions, proposal.description, [proposal.commitment, text], texts);
  return { id, pool };
}

/** A committee member proposes a micro-grant with its reason, stored first. */
async function proposeMicroGrant(
  ctx: StewardsContext,
  pool: string,
  grant: { by: string; payee: string; amount: string; reason: string },
) {
  const contract = StewardPool__factory.connect(pool, ctx.as(grant.by));
  const texts = ctx.texts(grant.by);
  const reason = await texts.write("poolGrant", pool, { reason: grant.reason });
  const receipt = await (
    await contract.proposeGrant(ctx.as(grant.payee).address, money(grant.amount, ctx.dkkt), reason)
  ).wait();
  await texts.confirm([reason], receipt!.hash);
  return contract;
}

/** Each committee member who proposes a grant approves it at once; the others approve after. */
export async function payMicroGrants(ctx: StewardsContext, pool: string, spec: DemoPool): Promise<void> {
  for (const grant of spec.grants) {
    const contract = await proposeMicroGrant(ctx, pool, grant);
    const id = await contract.grantCount();
    for (const approver of grant.approvedBy) await (await contract.connect(ctx.as(approver)).approveGrant(id)).wait();
  }
}

export async function proposePendingGrant(ctx: StewardsContext, pool: string): Promise<void> {
  await proposeMicroGrant(ctx, pool, PENDING_GRANT);
}

/** The steward confirms a milestone: the evidence's link and note stored, the document's hash on chain. */
export async function deliverMilestone(ctx: StewardsContext, grantId: bigint, index: number): Promise<void> {
  const evidence = ROOF_GRANT.evidence[index];
  const texts = ctx.texts(STEWARD);
  const committed = await texts.write("milestoneEvidence", ctx.fund.record.contracts.milestoneGrants, {
    uri: evidence.uri,
    note: evidence.text,
  });
  const receipt = await (
    await ctx.fund.milestones
      .connect(ctx.as(STEWARD))
      .markDelivered(grantId, index, committed, keccak256(toUtf8Bytes(evidence.text)))
  ).wait();
  await texts.confirm([committed], receipt!.hash);
}

/** Lines for `npm start`: what was seeded, and which demo accounts act in it. */
export function stewardsSummary(proposals: StewardProposals, roofGrantId: bigint) {
  const committee = (spec: DemoPool) =>
    `committee ${spec.committee.join(", ")} (${spec.threshold} of ${spec.committee.length} approve)`;
  const waitingFor = QUICK_POOL.committee.filter((n) => n !== PENDING_GRANT.by).join(" or ");
  return {
    pools: [
      {
        address: proposals.quickPool.pool,
        title: QUICK_POOL.name,
        meant: `quick pool, ${QUICK_POOL.budget} DKKT, at most ${QUICK_POOL.cap} a grant, ends in ${QUICK_POOL.endsInDays} days; ${committee(QUICK_POOL)}; ${QUICK_POOL.grants.length} micro-grants paid, ${PENDING_GRANT.amount} DKKT to ${PENDING_GRANT.payee} waiting for ${waitingFor}`,
      },
      {
        address: proposals.taskGroup.pool,
        title: TASK_GROUP.name,
        meant: `task group, ${TASK_GROUP.budget} DKKT, at most ${TASK_GROUP.cap} a grant, ends in ${TASK_GROUP.endsInDays} days; ${committee(TASK_GROUP)}; ${TASK_GROUP.grants.length} grant paid`,
      },
    ],
    payees: [
      ...DEMO_PAYEES.map((p) => ({
        name: p.name,
        meant: `verified by ${VERIFIER} (#${person(VERIFIER).index}), CVR ${p.cvr}, ${p.validDays < 30 ? `expires in ${p.validDays} days` : `for ${p.validDays} days`}`,
      })),
      { name: UNVERIFIED_PAYEE, meant: "not verified (payouts do not require it in this fund)" },
    ],
    milestoneGrants: [
      {
        id: roofGrantId,
        title: ROOF_GRANT.title,
        meant: `to ${ROOF_GRANT.payee}, ${ROOF_GRANT.milestones.reduce((sum, m) => sum + Number(m.amount), 0)} DKKT in ${ROOF_GRANT.milestones.length} milestones: ${ROOF_GRANT.milestones[0].description} released, ${ROOF_GRANT.milestones[1].description} confirmed by ${STEWARD} (#${person(STEWARD).index}) and in its veto window (${GUARDIAN}, #${person(GUARDIAN).index}, can stop it), ${ROOF_GRANT.milestones[2].description} planned`,
      },
    ],
  };
}
