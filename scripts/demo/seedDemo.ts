import { time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, parseUnits } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { connectFund, type ConnectedFund, type DeploymentRecord } from "../../deploy/deployments";
import { castVote, deposit, executeProposal, proposeGrant, queueProposal, type Asset } from "../../harness/operations";
import { ETH, type VoteChoice } from "../../harness/proposals";
import { DemoStablecoin__factory, LocalMulticall__factory } from "../../typechain-types";
import { DEMO_PEOPLE, person } from "./people";

const HOUR = 3600;

export interface DemoSummary {
  token: Asset;
  proposals: { id: bigint; title: string; meant: string }[];
}

/**
 * Seeds a realistic citizen-million history on a local Hardhat node: a demo krone token, a
 * funded treasury, a delegation, and proposals in every state — executed, defeated,
 * cancelled, succeeded, queued, active and pending. Old proposals run on moved-forward chain
 * time; the last steps are placed so the chain ends at the wall-clock time, with the queued,
 * active and pending proposals still ahead of it ("voting ends in 4 days").
 */
export async function seedDemo(hre: HardhatRuntimeEnvironment, record: DeploymentRecord): Promise<DemoSummary> {
  const signers = await hre.ethers.getSigners();
  const as = (name: string) => signers[person(name).index];
  const fund = connectFund(record, signers[0]);
  const delay = Number(await fund.governor.votingDelay());
  const period = Number(await fund.governor.votingPeriod());
  const extension = Number(await fund.governor.lateQuorumVoteExtension());
  const timelock = Number(await fund.timelock.getMinDelay());

  const kommune = as("Ballerup Kommune");
  // The dApp batches its reads through Multicall3's interface, which a fresh local chain lacks.
  const multicall = await new LocalMulticall__factory(kommune).deploy();
  await multicall.waitForDeployment();
  record.multicall = await multicall.getAddress();

  // Money: a demo krone stable-coin, and the municipality's deposits.
  const dkktContract = await new DemoStablecoin__factory(kommune).deploy("Demo Danish Krone", "DKKT");
  await dkktContract.waitForDeployment();
  const dkkt: Asset = { symbol: "DKKT", address: await dkktContract.getAddress(), decimals: 6 };
  record.assets.push({ symbol: dkkt.symbol, address: dkkt.address });
  await (await dkktContract.mint(kommune.address, parseUnits("1000000", 6))).wait();
  await deposit(fund, kommune, dkkt, parseUnits("750000", 6), "Borgermillion 2026, første rate");
  await deposit(
    fund,
    kommune,
    { symbol: "ETH", address: ETH, decimals: 18 },
    parseEther("20"),
    "Driftsmidler til gebyrer og småindkøb",
  );

  // Liquid democracy: Bo trusts Anna with his vote.
  await (await fund.membership!.connect(as("Bo")).delegate(as("Anna").address)).wait();

  const grant = (proposer: string, payee: string, amount: string, asset: Asset, title: string, body: string) =>
    proposeGrant(
      fund,
      as(proposer),
      { token: asset.address, recipient: as(payee).address, amount: parseUnits(amount, asset.decimals) },
      title,
      body,
    );
  const votes = async (id: bigint, ballots: [string, VoteChoice, string?][]) => {
    for (const [voter, choice, reason] of ballots) await castVote(fund, as(voter), id, choice, reason ?? "");
  };
  const eth: Asset = { symbol: "ETH", address: ETH, decimals: 18 };
  const proposals: DemoSummary["proposals"] = [];
  const note = (id: bigint, title: string, meant: string) => proposals.push({ id, title, meant });

  // Phase A, about two weeks ago: two grants paid, one voted down, one vetoed.
  const lights = await grant(
    "Anna",
    "Skovlunde Ungdomsklub",
    "1.5",
    eth,
    "Lys på skaterbanen i Skovlunde",
    "LED-lys så banen kan bruges om vinteren efter kl. 16.\n\n- 6 master\n- tænd/sluk med timer",
  );
  const benches = await grant(
    "Emma",
    "Måløv Grundejerforening",
    "45000",
    dkkt,
    "Nye bænke og borde i Måløv Bypark",
    "Ti bænke og fire borde ved legepladsen. Tilbud fra lokal tømrer vedlagt på borgermødet.",
  );
  const turf = await grant(
    "Ida",
    "Ballerup Nord Fællesskabshave",
    "400000",
    dkkt,
    "Kunstgræs på Ballerup Nord Stadion",
    "En stor investering, som bruger mere end halvdelen af puljen.",
  );
  const wall = await grant(
    "Mette",
    "Ballerup Syd Legepladsforening",
    "30000",
    dkkt,
    "Graffitimur ved Ballerup Station",
    "En lovlig væg til gadekunst.",
  );
  await time.increase(delay + 1);
  await votes(lights, [
    ["Anna", "for", "Bo og jeg er enige: vinterlys giver tryghed"],
    ["Camilla", "for"],
    ["Dennis", "for"],
    ["Emma", "for"],
    ["Jonas", "against", "Det burde kommunen betale"],
  ]);
  await votes(benches, [
    ["Emma", "for"],
    ["Frederik", "for"],
    ["Gitte", "for"],
    ["Hans", "abstain"],
    ["Karen", "for"],
  ]);
  await votes(turf, [
    ["Ida", "for"],
    ["Jonas", "for"],
    ["Anna", "against", "For dyrt for én bydel"],
    ["Frederik", "against"],
    ["Mette", "against"],
    ["Niels", "against"],
    ["Olivia", "against"],
  ]);
  await votes(wall, [
    ["Mette", "for"],
    ["Peter", "for"],
  ]);
  await (await fund.governor.connect(as("Kommunens jurist"))["cancel(uint256)"](wall)).wait(); // the site needs a permit first
  await time.increase(period + extension);
  await queueProposal(fund, kommune, lights);
  await queueProposal(fund, kommune, benches);
  await time.increase(timelock);
  await executeProposal(fund, kommune, lights);
  await executeProposal(fund, kommune, benches);
  note(lights, "Lys på skaterbanen i Skovlunde", "executed (1.5 ETH paid)");
  note(benches, "Nye bænke og borde i Måløv Bypark", "executed (45,000 DKKT paid)");
  note(turf, "Kunstgræs på Ballerup Nord Stadion", "defeated");
  note(wall, "Graffitimur ved Ballerup Station", "cancelled by the guardian");

  // Phase B, last week: two grants pass.
  const dogs = await grant(
    "Niels",
    "Ballerup Syd Legepladsforening",
    "60000",
    dkkt,
    "Hundeskov i Ballerup Syd",
    "Indhegnet område på 2.000 m² med bænke og affaldsspande.",
  );
  const dinners = await grant(
    "Karen",
    "Ballerup Nord Fællesskabshave",
    "12000",
    dkkt,
    "Fællesspisning i Ballerup Nord",
    "Tolv fællesspisninger i haven, åbne for alle.",
  );
  await time.increase(delay + 1);
  await votes(dogs, [
    ["Niels", "for"],
    ["Olivia", "for"],
    ["Peter", "for"],
    ["Mette", "for"],
    ["Lars", "abstain"],
  ]);
  await votes(dinners, [
    ["Karen", "for"],
    ["Lars", "for"],
    ["Ida", "for"],
    ["Jonas", "for"],
  ]);
  await time.increase(period + extension);

  // The present: placed so the chain ends at the wall clock.
  const now = Math.floor(Date.now() / 1000);
  const start = now - delay - 2 * HOUR;
  if (start > (await time.latest())) await time.increaseTo(start);
  await queueProposal(fund, kommune, dogs); // executable once the timelock delay has passed
  note(dogs, "Hundeskov i Ballerup Syd", "queued, waiting for the timelock");
  note(dinners, "Fællesspisning i Ballerup Nord", "succeeded, ready to queue");
  const playground = await grant(
    "Olivia",
    "Ballerup Syd Legepladsforening",
    "80000",
    dkkt,
    "Ny legeplads ved Ballerup Syd Skole",
    "Legeplads for 3–10-årige, tegnet sammen med skolens elevråd.",
  );
  await time.increase(delay + 1);
  await votes(playground, [
    ["Olivia", "for", "Børnene har selv tegnet den"],
    ["Peter", "for"],
    ["Gitte", "against"],
  ]);
  note(playground, "Ny legeplads ved Ballerup Syd Skole", "active: voting open");
  const trees = await grant(
    "Frederik",
    "Måløv Grundejerforening",
    "35000",
    dkkt,
    "Bytræer langs Måløv Hovedgade",
    "Tyve nye træer, plantet af frivillige.",
  );
  note(trees, "Bytræer langs Måløv Hovedgade", "pending: voting opens later");
  if (now > (await time.latest())) await time.increaseTo(now);

  return { token: dkkt, proposals };
}

/** The demo accounts with their roles, as `npm start` prints them and the dApp offers them. */
export function demoAccounts(addresses: string[]) {
  return DEMO_PEOPLE.map((p) => ({ ...p, address: addresses[p.index] }));
}

export type { ConnectedFund };
