import { time } from "@nomicfoundation/hardhat-network-helpers";
import { parseEther, parseUnits } from "ethers";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Address } from "viem";
import { connectFund, type DeploymentRecord } from "../../deploy/deployments";
import {
  castVote,
  deposit,
  executeProposal,
  propose,
  proposeGrant,
  queueProposal,
  writeProposalText,
  type Asset,
} from "../../harness/operations";
import type { ContentTexts } from "../../harness/texts";
import type { VoteChoice } from "../../sdk/model/governance";
import { mintActions } from "../../sdk/proposals/governance";
import { ETH_ADDRESS } from "../../sdk/model/treasury";
import { DemoStablecoin__factory, LocalMulticall__factory } from "../../typechain-types";
import { tokenPerson } from "./tokenPeople";

const HOUR = 3600;
const DAY = 86_400;

export interface TokenDemoSummary {
  token: Asset;
  proposals: { id: bigint; title: string; meant: string }[];
}

/**
 * Seeds the token-weighted demo (config/token-demo.json), small so it takes seconds: the
 * media centre's demo kronor in the treasury, two delegations (Dennis to Anna, Emma to
 * Camilla), and one proposal in each state a holder meets — executed, defeated, active with
 * votes cast, and pending (a mint, so the new holder's share can be read before it is voted on).
 * Every text goes through the content service as its author, as in the dApp.
 *
 * Steps are placed on days from the chain's start; the last ones so the chain ends at the
 * wall-clock time (the chain is started backdated), with the active and pending votes ahead.
 */
export async function seedTokenDemo(
  hre: HardhatRuntimeEnvironment,
  record: DeploymentRecord,
  content: ContentTexts,
): Promise<TokenDemoSummary> {
  const signers = await hre.ethers.getSigners();
  const as = (name: string) => signers[tokenPerson(name).index];
  const texts = (name: string) => content.as(as(name));
  const fund = connectFund(record, signers[0]);
  const t0 = await time.latest();
  const at = async (day: number) => {
    const target = t0 + Math.round(day * DAY);
    if (target > (await time.latest())) await time.increaseTo(target);
  };

  const centre = as("Mediecentrum Skåne");
  // The dApp batches its reads through Multicall3's interface, which a fresh local chain lacks.
  const multicall = await new LocalMulticall__factory(centre).deploy();
  await multicall.waitForDeployment();
  record.multicall = (await multicall.getAddress()) as Address;

  // Money: demo Swedish kronor, the centre's yearly contribution and some ETH for fees.
  const sektContract = await new DemoStablecoin__factory(centre).deploy("Demo Swedish Krona", "SEKT");
  await sektContract.waitForDeployment();
  const sekt: Asset = { symbol: "SEKT", address: (await sektContract.getAddress()) as Address, decimals: 6 };
  record.assets = [...record.assets, { symbol: sekt.symbol, address: sekt.address }];
  await (await sektContract.mint(centre.address, parseUnits("1000000", 6))).wait();
  const memo = (text: string) => ({ text, texts: texts("Mediecentrum Skåne") });
  await deposit(fund, centre, sekt, parseUnits("300000", 6), memo("Skaparfondens budget 2026"));
  await deposit(fund, centre, { symbol: "ETH", address: ETH_ADDRESS, decimals: 18 }, parseEther("2"), memo("Avgifter"));

  // Holders vote with their own tokens until they choose someone; two chose.
  await (await fund.token!.connect(as("Dennis")).delegate(as("Anna").address)).wait();
  await (await fund.token!.connect(as("Emma")).delegate(as("Camilla").address)).wait();

  const grant = (proposer: string, payee: string, amount: string, title: string, body: string) =>
    proposeGrant(
      fund,
      as(proposer),
      { asset: sekt.address, recipient: as(payee).address as Address, amount: parseUnits(amount, 6) },
      { title, body },
      texts(proposer),
    );
  const votes = async (id: bigint, ballots: [string, VoteChoice, string?][]) => {
    for (const [voter, choice, reason] of ballots)
      await castVote(fund, as(voter), id, choice, reason ? { text: reason, texts: texts(voter) } : null);
  };
  const proposals: TokenDemoSummary["proposals"] = [];
  const note = (id: bigint, title: string, meant: string) => proposals.push({ id, title, meant });
  const delay = Number(await fund.governor.votingDelay());

  // Day 0: two grants are proposed; day 1 the holders vote on them.
  const jam = await grant(
    "Anna",
    "Spelhuset Malmö",
    "40000",
    "Speljam i Malmö: tre helger",
    "Tre helger där nya spelmakare bygger spel tillsammans med erfarna studios. Lokal, mat och mentorer.",
  );
  const camera = await grant(
    "Frederik",
    "Filmverkstan Lund",
    "120000",
    "Ny filmkamera till Filmverkstan",
    "En kamera för biofilm som alla medlemmar kan låna.",
  );
  await at(1.01);
  await votes(jam, [
    ["Anna", "for", "Bra för nya spelmakare"],
    ["Bo", "for"],
    ["Camilla", "for"],
  ]);
  await votes(camera, [
    ["Frederik", "for"],
    ["Anna", "against", "För stor del av årets budget"],
    ["Bo", "against"],
    ["Camilla", "abstain"],
  ]);

  // Day 6: the votes have closed; day 8 the timelock has passed and the jam is paid.
  await at(6.1);
  await queueProposal(fund, centre, jam);
  await at(8.2);
  await executeProposal(fund, centre, jam);
  note(jam, "Speljam i Malmö: tre helger", "executed (40,000 SEKT paid)");
  note(camera, "Ny filmkamera till Filmverkstan", "defeated");

  // The present, placed so the chain ends at the wall clock.
  const now = Math.floor(Date.now() / 1000);
  await at(Math.max(9, (now - delay - 2 * HOUR - t0) / DAY));
  const screening = await grant(
    "Bo",
    "Filmverkstan Lund",
    "25000",
    "Kortfilmskväll på Spegeln",
    "En kväll med medlemmarnas kortfilmer på biografen Spegeln i Malmö, fri entré.",
  );
  await time.increase(delay + 1);
  await votes(screening, [
    ["Bo", "for", "Våra filmer ska synas"],
    ["Camilla", "against"],
  ]);
  note(screening, "Kortfilmskväll på Spegeln", "active: voting open");
  const mintText = await writeProposalText(fund, as("Anna"), texts("Anna"), {
    title: "Röster till Frederik för studentprogrammet",
    body: "Frederik leder studentprogrammet och får 50 SKAP, så att studenterna hörs mer i fonden.",
  });
  const share = await propose(
    fund,
    as("Anna"),
    mintActions(record.contracts.token!, as("Frederik").address as Address, parseEther("50")),
    mintText.description,
    [mintText.commitment],
    texts("Anna"),
  );
  note(share, "Röster till Frederik för studentprogrammet", "pending: voting opens later (mints 50 SKAP)");
  if (now > (await time.latest())) await time.increaseTo(now);
  return { token: sekt, proposals };
}
