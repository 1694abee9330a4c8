import { task } from "hardhat/config";
import { contentTexts, fundContext, plainErrors } from "./context";

task("status", "Shows the treasury's balances, the rules and every proposal with its state and tallies").setAction(
  plainErrors(async (_args, hre) => {
    const { formatAmount, listProposals, resolveAsset } = await import("../harness/operations");
    const { formatDuration } = await import("../sdk/config/duration");
    const { majorityShape, majorityText } = await import("../sdk/model/majority");
    const { fund, record } = await fundContext(hre);
    const g = fund.governor;
    const lines: string[] = [`${record.name} on ${hre.network.name} (chain ${record.chainId})`, "", "Treasury"];
    for (const name of ["ETH", ...record.assets.map((a) => a.symbol)]) {
      const asset = await resolveAsset(fund, name);
      lines.push(`  ${formatAmount(await fund.treasury.balanceOf(asset.address), asset)}`);
    }
    const [numerator, denominator] = (await g.majority()).map(Number);
    const majority = { numerator, denominator };
    const share = majorityShape(majority).kind === "simple" ? "more than half" : `at least ${majorityText(majority)}`;
    const voters = fund.membership
      ? `${await fund.membership.memberCount()} members`
      : `${await fund.token!.totalSupply()} token units`;
    lines.push(
      "",
      "Rules",
      `  voting opens ${formatDuration(Number(await g.votingDelay()))} after a proposal, lasts ${formatDuration(Number(await g.votingPeriod()))}`,
      `  quorum ${await g["quorumNumerator()"]()} % of ${voters}; proposing needs ${await g.proposalThreshold()} vote(s)`,
      `  passing needs ${share} of the votes For or Against (Abstain counts for the quorum only)`,
      `  a passed proposal waits ${formatDuration(Number(await fund.timelock.getMinDelay()))} in the timelock`,
      "",
      "Proposals",
    );
    const now = (await hre.ethers.provider.getBlock("latest"))!.timestamp;
    for (const p of await listProposals(fund, (await contentTexts(hre)).read)) {
      const when =
        p.state === "Pending"
          ? `voting opens ${iso(p.snapshot)}`
          : p.state === "Active"
            ? `voting ends ${iso(p.deadline)}`
            : p.state === "Queued"
              ? `executable ${iso(p.eta)}`
              : "";
      lines.push(
        `  #${p.id} ${p.state.padEnd(9)} for ${p.votes.for} / against ${p.votes.against} / abstain ${p.votes.abstain}  ${p.title}${when ? `  (${when})` : ""}`,
      );
    }
    const { stewardsStatus } = await import("./stewards/status");
    lines.push(...(await stewardsStatus(fund, now, (await contentTexts(hre)).read)));
    lines.push("", `Chain time ${new Date(now * 1000).toISOString()}`);
    console.log(lines.join("\n"));
  }),
);

function iso(timestamp: bigint): string {
  return new Date(Number(timestamp) * 1000).toISOString().replace(".000Z", "Z");
}
