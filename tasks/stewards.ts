import fs from "node:fs";
import { task } from "hardhat/config";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { RegistrationScheme } from "../sdk/model/stewards";
import type { ProposalActions } from "../sdk/proposals/actions";
import { fundContext, plainErrors } from "./context";

// Tasks for stewards' delegated money: pools and their micro-grants, verified payees, milestone
// grants. Imports inside actions are lazy: this file is loaded before typechain has run.

const poolParam = "Pool: its number (1 = the first created), its address or its name";
const SCHEMES: Record<string, RegistrationScheme> = {
  dk: "DanishCvr",
  se: "SwedishOrgNumber",
  no: "NorwegianOrgNumber",
};

function iso(timestamp: bigint | number): string {
  return new Date(Number(timestamp) * 1000).toISOString().replace(".000Z", "Z");
}

function wholeNumber(flag: string, value: string): bigint {
  if (!/^\d+$/.test(value.trim())) throw new Error(`${flag} must be a whole number, got "${value}"`);
  return BigInt(value.trim());
}

function checkedAddress(flag: string, value: string, isAddress: (v: string) => boolean): string {
  if (!isAddress(value)) throw new Error(`${flag} must be an address, got "${value}"`);
  return value;
}

/** When the proposal made now could be executed at the earliest: delay + voting + timelock. */
async function earliestExecution(
  hre: HardhatRuntimeEnvironment,
  fund: Awaited<ReturnType<typeof fundContext>>["fund"],
) {
  const now = (await hre.ethers.provider.getBlock("latest"))!.timestamp;
  const g = fund.governor;
  const wait = Number((await g.votingDelay()) + (await g.votingPeriod()) + (await fund.timelock.getMinDelay()));
  return { now, earliestExecution: now + wait };
}

/** Proposes `actions` with a description naming the proposer; returns the new proposal's id. */
async function propose(
  context: Awaited<ReturnType<typeof fundContext>>,
  actions: ProposalActions,
  description: string,
): Promise<bigint> {
  const g = context.fund.governor.connect(context.signer);
  await (await g.propose(actions.targets, actions.values, actions.calldatas, description)).wait();
  return g.latestProposalIdOf(context.signer.address);
}

task(
  "pool:propose",
  "Proposes a quick pool or task group from a JSON file: the proposal creates it and reserves its budget",
)
  .addPositionalParam("file", "The pool's description (see config/pool-demo.json)")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(async (args: { file: string; from?: string }, hre) => {
      const { parsePoolConfig } = await import("../sdk/config/stewards");
      const { poolCreationActions } = await import("../sdk/proposals/stewards");
      const { proposalDescription } = await import("../sdk/model/description");
      const { formatAmount, resolveAsset } = await import("../harness/operations");
      const context = await fundContext(hre, args.from);
      const { fund, signer, record } = context;
      const raw = JSON.parse(fs.readFileSync(args.file, "utf8")) as Record<string, unknown>;
      const asset = await resolveAsset(fund, String(raw.asset ?? ""));
      const pool = parsePoolConfig(raw, { asset, ...(await earliestExecution(hre, fund)) });
      const description = proposalDescription(pool.title, pool.description, signer.address);
      const { treasury, poolFactory, poolImplementation } = record.contracts;
      const { actions, pool: address } = poolCreationActions(
        { treasury, poolFactory, poolImplementation },
        pool.params,
        pool.budget,
        description,
      );
      const id = await propose(context, actions, description);
      const p = pool.params;
      const kind = p.kind === 0 ? "quick pool" : "task group";
      console.log(
        `Proposal ${id}: create ${kind} "${p.name}" at ${address} with ${formatAmount(pool.budget, asset)}, at most ${formatAmount(p.capPerGrant, asset)} a grant, until ${iso(p.endsAt)}; ${p.threshold} of its ${p.committee.length} committee member(s) must approve each grant`,
      );
      return { proposalId: id, pool: address };
    }),
  );

task("pool:grant", "Proposes a micro-grant from a pool (committee members); it counts as the proposer's approval")
  .addParam("pool", poolParam)
  .addParam("payee", "Who is paid: an address")
  .addParam("amount", "Amount in whole units of the pool's asset, e.g. 2500")
  .addParam("reason", "What it is for (public, on chain)")
  .addOptionalParam("from", "Committee member: an address or account index")
  .setAction(
    plainErrors(async (args: { pool: string; payee: string; amount: string; reason: string; from?: string }, hre) => {
      const { isAddress } = await import("ethers");
      const { findPool, assetAt } = await import("../harness/stewardsRead");
      const { formatAmount, parseAmount } = await import("../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const payee = checkedAddress("--payee", args.payee, isAddress);
      const pool = await findPool(fund, args.pool);
      const contract = pool.contract.connect(signer);
      const asset = await assetAt(fund, await contract.token());
      const amount = parseAmount(args.amount, asset);
      const receipt = await (await contract.proposeGrant(payee, amount, args.reason)).wait();
      const events = receipt!.logs.map((log) => contract.interface.parseLog(log)).filter((e) => e !== null);
      const id = events.find((e) => e.name === "GrantProposed")!.args.grantId as bigint;
      const threshold = await contract.threshold();
      const paid = events.some((e) => e.name === "GrantPaid");
      const lines = [
        `Grant ${id} proposed in ${pool.name}: ${formatAmount(amount, asset)} to ${payee} (${args.reason}); ${paid ? `paid at once (1 approval needed)` : `1 of ${threshold} approvals, waiting for another committee member`}`,
      ];
      if (!(await fund.payees.isVerified(payee))) lines.push(`Note: ${payee} is not a verified payee (payee:attest).`);
      console.log(lines.join("\n"));
      return id;
    }),
  );

task(
  "pool:approve",
  "Approves a pending micro-grant (committee members); the approval that reaches the threshold pays it",
)
  .addParam("pool", poolParam)
  .addParam("grant", "Grant number within the pool")
  .addOptionalParam("from", "Committee member: an address or account index")
  .setAction(
    plainErrors(async (args: { pool: string; grant: string; from?: string }, hre) => {
      const { findPool, assetAt } = await import("../harness/stewardsRead");
      const { formatAmount } = await import("../harness/operations");
      const { fund, signer } = await fundContext(hre, args.from);
      const id = wholeNumber("--grant", args.grant);
      const pool = await findPool(fund, args.pool);
      const contract = pool.contract.connect(signer);
      await (await contract.approveGrant(id)).wait();
      const grant = await contract.grantOf(id);
      const threshold = await contract.threshold();
      const asset = await assetAt(fund, await contract.token());
      console.log(
        grant.status === 2n // Paid
          ? `Grant ${id} in ${pool.name} approved by ${signer.address}: ${grant.approvals} of ${threshold} approvals, paid ${formatAmount(grant.amount, asset)} to ${grant.payee}; the pool has ${formatAmount(await contract.remaining(), asset)} left`
          : `Grant ${id} in ${pool.name} approved by ${signer.address}: ${grant.approvals} of ${threshold} approvals, waiting for another committee member`,
      );
    }),
  );

task("payee:attest", "Attests a payee checked in a business register (verifiers): legal name, number, valid until")
  .addParam("payee", "The payee's address")
  .addParam("name", "Legal name, as in the register")
  .addParam("scheme", "The register: dk (CVR, 8 digits), se (organisation number, 10) or no (organisation number, 9)")
  .addParam("number", "The registration number, digits only")
  .addParam("until", 'Valid until: an ISO date ("2027-06-30") or a duration from now ("+365 days")')
  .addOptionalParam("from", "Verifier: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: { payee: string; name: string; scheme: string; number: string; until: string; from?: string },
        hre,
      ) => {
        const { isAddress } = await import("ethers");
        const { REGISTRATION_SCHEMES, registrationProblem } = await import("../sdk/model/stewards");
        const { parseTime } = await import("../sdk/config/fields");
        const payee = checkedAddress("--payee", args.payee, isAddress);
        const scheme = SCHEMES[args.scheme.trim().toLowerCase()];
        if (!scheme) throw new Error(`--scheme must be dk, se or no, got "${args.scheme}"`);
        const problem = registrationProblem(scheme, args.number.trim());
        if (problem) throw new Error(`--number ${problem} for ${scheme}, got "${args.number}"`);
        const now = (await hre.ethers.provider.getBlock("latest"))!.timestamp;
        let until: number;
        try {
          until = parseTime(args.until, now);
        } catch (error) {
          throw new Error(`--until ${(error as Error).message}`);
        }
        const { fund, signer } = await fundContext(hre, args.from);
        await (
          await fund.payees
            .connect(signer)
            .attest(payee, args.name, REGISTRATION_SCHEMES.indexOf(scheme), args.number.trim(), until)
        ).wait();
        console.log(`${payee} attested as "${args.name}" (${scheme} ${args.number.trim()}) until ${iso(until)}`);
      },
    ),
  );

task("payee:revoke", "Revokes a payee's attestation, with the reason (verifiers)")
  .addParam("payee", "The payee's address")
  .addParam("reason", "Why (public, on chain)")
  .addOptionalParam("from", "Verifier: an address or account index")
  .setAction(
    plainErrors(async (args: { payee: string; reason: string; from?: string }, hre) => {
      const { isAddress } = await import("ethers");
      const payee = checkedAddress("--payee", args.payee, isAddress);
      const { fund, signer } = await fundContext(hre, args.from);
      await (await fund.payees.connect(signer).revoke(payee, args.reason)).wait();
      const required = await fund.payees.verificationRequired();
      console.log(
        `${payee}'s attestation revoked (${args.reason}); ${required ? "it cannot be paid until a verifier attests it again" : "payouts do not require verification in this fund, so it can still be paid"}`,
      );
    }),
  );

task(
  "milestone:propose",
  "Proposes a grant paid in milestones from a JSON file: the proposal reserves the total and creates it",
)
  .addPositionalParam("file", "The grant's description (see config/milestone-demo.json)")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(async (args: { file: string; from?: string }, hre) => {
      const { parseMilestoneConfig } = await import("../sdk/config/stewards");
      const { milestoneGrantActions } = await import("../sdk/proposals/stewards");
      const { proposalDescription } = await import("../sdk/model/description");
      const { formatAmount, resolveAsset } = await import("../harness/operations");
      const context = await fundContext(hre, args.from);
      const { fund, signer, record } = context;
      const raw = JSON.parse(fs.readFileSync(args.file, "utf8")) as Record<string, unknown>;
      const asset = await resolveAsset(fund, String(raw.asset ?? ""));
      const grant = parseMilestoneConfig(raw, { asset });
      const description = proposalDescription(grant.title, grant.description, signer.address);
      const { treasury, milestoneGrants } = record.contracts;
      const actions = milestoneGrantActions({ treasury, milestoneGrants }, grant.plan);
      const id = await propose(context, actions, description);
      const total = grant.plan.milestones.reduce((sum, m) => sum + m.amount, 0n);
      console.log(
        `Proposal ${id}: milestone grant "${grant.title}" of ${formatAmount(total, asset)} to ${grant.plan.payee} in ${grant.plan.milestones.length} milestone(s): ${grant.plan.milestones.map((m) => `${formatAmount(m.amount, asset)} for ${m.description}`).join("; ")}`,
      );
      return id;
    }),
  );

task("milestone:deliver", "Marks a milestone delivered, with evidence (stewards); the guardian's veto window starts")
  .addParam("grant", "Milestone grant number")
  .addParam("index", "Milestone number within the grant (0 = the first)")
  .addParam("uri", "Where the evidence can be seen")
  .addOptionalParam("hash", "The evidence's hash (0x + 64 hex digits)")
  .addOptionalParam("file", "A file to hash as the evidence (instead of --hash)")
  .addOptionalParam("from", "Steward: an address or account index")
  .setAction(
    plainErrors(
      async (args: { grant: string; index: string; uri: string; hash?: string; file?: string; from?: string }, hre) => {
        const { keccak256 } = await import("ethers");
        const grant = wholeNumber("--grant", args.grant);
        const index = Number(wholeNumber("--index", args.index));
        if ((args.hash === undefined) === (args.file === undefined))
          throw new Error("Give the evidence as either --hash or --file (to hash), not both or neither");
        let hash: string;
        if (args.file !== undefined) hash = keccak256(fs.readFileSync(args.file));
        else if (/^0x[0-9a-fA-F]{64}$/.test(args.hash!)) hash = args.hash!;
        else throw new Error(`--hash must be 0x and 64 hex digits, got "${args.hash}"`);
        const { fund, signer } = await fundContext(hre, args.from);
        await (await fund.milestones.connect(signer).markDelivered(grant, index, args.uri, hash)).wait();
        const milestone = await fund.milestones.milestoneOf(grant, index);
        console.log(
          `Milestone ${index} of grant ${grant} marked delivered by ${signer.address} (evidence ${args.uri}, hash ${hash}); it can be released from ${iso(milestone.releasableAt)} unless the guardian stops it before`,
        );
      },
    ),
  );

task("milestone:release", "Pays a delivered milestone once its veto window is over (anyone may)")
  .addParam("grant", "Milestone grant number")
  .addParam("index", "Milestone number within the grant (0 = the first)")
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { grant: string; index: string; from?: string }, hre) => {
      const { assetAt } = await import("../harness/stewardsRead");
      const { formatAmount } = await import("../harness/operations");
      const grant = wholeNumber("--grant", args.grant);
      const index = Number(wholeNumber("--index", args.index));
      const { fund, signer } = await fundContext(hre, args.from);
      await (await fund.milestones.connect(signer).release(grant, index)).wait();
      const [g, m] = await Promise.all([fund.milestones.grantOf(grant), fund.milestones.milestoneOf(grant, index)]);
      console.log(
        `Milestone ${index} of grant ${grant} released: ${formatAmount(m.amount, await assetAt(fund, g.token))} paid to ${g.payee}`,
      );
    }),
  );
