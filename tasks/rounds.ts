import { task } from "hardhat/config";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Address } from "viem";
import { amountsIn, contentTexts, fundContext, pickDistrict, plainErrors, readJsonFile, wholeNumber } from "./context";

// Public RPC providers cap eth_getLogs ranges; 10,000 blocks is within every common limit.
const LOG_RANGE = 10_000;

/** The fund's rounds (oldest first) from the factory's RoundCreated events, and one picked by `--round`. */
async function roundContext(hre: HardhatRuntimeEnvironment, round: string | undefined, from?: string) {
  const { BudgetRound__factory } = await import("../typechain-types");
  const context = await fundContext(hre, from);
  const factory = context.fund.roundFactory;
  if (!factory) throw new Error("This fund has no budget rounds (they need membership voting)");
  const latest = await hre.ethers.provider.getBlockNumber();
  const rounds: string[] = [];
  for (let start = context.record.deploymentBlock; start <= latest; start += LOG_RANGE) {
    for (const event of await factory.queryFilter(
      factory.filters.RoundCreated(),
      start,
      Math.min(start + LOG_RANGE - 1, latest),
    )) {
      rounds.push(event.args.round);
    }
  }
  let address: string | undefined;
  if (round === undefined || round === "") address = rounds.at(-1);
  else if (/^\d+$/.test(round)) address = rounds[Number(round) - 1];
  else address = rounds.find((r) => r.toLowerCase() === round.toLowerCase());
  if (!address)
    throw new Error(
      rounds.length === 0
        ? "No budget round has been opened yet"
        : `Unknown round "${round}" (there are ${rounds.length})`,
    );
  const contract = BudgetRound__factory.connect(address, context.signer);
  amountsIn(await contract.asset()); // a round's budgets and costs are in its asset
  return { ...context, rounds, round: contract };
}

const roundParam = "Round: its number (1 = the first opened), its address, or the latest by default";

task("round:open", "Proposes a budget round from a JSON file: the proposal pays the budget into the round and opens it")
  .addPositionalParam("file", "The round's description (see config/round-demo.json)")
  .addFlag("publishTitle", "Also write the title on chain, where it stays for ever (it cannot be erased)")
  .addOptionalParam("from", "Proposer: an address or account index")
  .setAction(
    plainErrors(async (args: { file: string; publishTitle: boolean; from?: string }, hre) => {
      const { parseRoundConfig } = await import("../sdk/config/round");
      const { roundOpeningActions, roundTotal } = await import("../sdk/proposals/rounds");
      const { formatAmount, propose, resolveAsset, writeProposalText } = await import("../harness/operations");
      const { fund, signer, record } = await fundContext(hre, args.from);
      const { roundFactory, roundImplementation, allocationRule } = record.contracts;
      if (!fund.membership || !roundFactory || !roundImplementation || !allocationRule)
        throw new Error("This fund has no budget rounds (they need membership voting)");
      const raw = readJsonFile(args.file);
      const asset = await resolveAsset(fund, String(raw.asset ?? ""));
      const now = (await hre.ethers.provider.getBlock("latest"))!.timestamp;
      const g = fund.governor;
      const wait = Number((await g.votingDelay()) + (await g.votingPeriod()) + (await fund.timelock.getMinDelay()));
      const districts = await Promise.all(
        Array.from({ length: Number(await fund.membership.districtCount()) }, (_, i) =>
          fund.membership!.districtName(i),
        ),
      );
      const round = parseRoundConfig(raw, {
        districts,
        asset,
        now,
        earliestExecution: now + wait,
        guardian: (await g.proposalGuardian()) as Address,
        rule: allocationRule,
      });
      const texts = (await contentTexts(hre)).as(signer);
      const { description, commitment } = await writeProposalText(fund, signer, texts, {
        title: round.title,
        body: round.description,
        criteria: round.criteria,
        publishTitle: args.publishTitle,
      });
      const { actions, round: address } = roundOpeningActions(
        {
          treasury: record.contracts.treasury,
          roundFactory,
          roundImplementation,
          payeeRegistry: record.contracts.payeeRegistry,
          paymaster: record.contracts.paymaster,
        },
        round.params,
        description,
        { verifiedPayeesRequired: await fund.payees.verificationRequired() },
      );
      const { treasuryWarnings } = await import("./warnings");
      const warnings = await treasuryWarnings(fund, actions);
      const id = await propose(fund, signer, actions, description, [commitment], texts);
      console.log(
        `Proposal ${id}: open budget round ${address} with ${formatAmount(roundTotal(round.params), asset)} over ${round.params.districts.length} district(s)`,
      );
      for (const warning of warnings) console.log(warning);
      return { proposalId: id, round: address };
    }),
  );

task("round:idea", "Submits an idea to a budget round (members, during the ideas phase)")
  .addParam("district", "District name or number")
  .addParam("cost", "Estimated cost in whole units")
  .addParam("title", "A short title (kept in the content service)")
  .addParam("description", "What it is, in words (kept in the content service with the title)")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Member: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: { district: string; cost: string; title: string; description: string; round?: string; from?: string },
        hre,
      ) => {
        const { parseAmount } = await import("../harness/operations");
        const { round, fund, signer } = await roundContext(hre, args.round, args.from);
        const { index: district, names: districts } = await pickDistrict(fund.membership!, args.district);
        const cost = parseAmount(args.cost, await roundAsset(hre, round), "--cost");
        const texts = (await contentTexts(hre)).as(signer);
        const text = await texts.write("idea", await round.getAddress(), {
          title: args.title,
          description: args.description,
        });
        const receipt = await (await round.submitIdea(district, cost, text)).wait();
        await texts.confirm([text], receipt!.hash);
        const submitted = receipt!.logs
          .map((log) => round.interface.parseLog(log))
          .find((event) => event?.name === "IdeaSubmitted");
        console.log(`Idea ${submitted!.args.ideaId} submitted to ${districts[district]}`);
        return submitted!.args.ideaId as bigint;
      },
    ),
  );

task("round:review", "Assesses an idea (reviewers, during the review phase)")
  .addParam("idea", "Idea number")
  .addParam("feasible", "yes or no")
  .addParam("reason", "Why, in words (kept in the content service)")
  .addOptionalParam(
    "code",
    "Why, as a code: Feasible (the default when feasible), OutsideMandate, NotPossible, TooExpensive, AgainstRules, AlreadyPlanned or Other",
  )
  .addOptionalParam("cost", "Revised cost in whole units (default: as submitted)")
  .addOptionalParam("payee", "Who is paid if it wins (needed when feasible)")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Reviewer: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: {
          idea: string;
          feasible: string;
          reason: string;
          code?: string;
          cost?: string;
          payee?: string;
          round?: string;
          from?: string;
        },
        hre,
      ) => {
        const { ZeroAddress } = await import("ethers");
        const { parseAmount } = await import("../harness/operations");
        const { REVIEW_REASONS } = await import("../sdk/model/rounds");
        const ideaId = wholeNumber("--idea", args.idea);
        const { round, signer } = await roundContext(hre, args.round, args.from);
        const feasible = /^(yes|true|ja|1)$/i.test(args.feasible);
        const code = reasonCode(REVIEW_REASONS, args.code ?? (feasible ? "Feasible" : undefined));
        const idea = await round.ideaOf(ideaId);
        const cost = args.cost ? parseAmount(args.cost, await roundAsset(hre, round), "--cost") : idea.cost;
        const texts = (await contentTexts(hre)).as(signer);
        const reason = await texts.write("review", await round.getAddress(), { reason: args.reason });
        const receipt = await (
          await round.reviewIdea(ideaId, feasible, cost, args.payee ?? ZeroAddress, code, reason)
        ).wait();
        await texts.confirm([reason], receipt!.hash);
        console.log(`Idea ${args.idea} reviewed: ${feasible ? "feasible" : "not feasible"}`);
      },
    ),
  );

task("round:ballot", "Casts or replaces a ballot (members of the district, during voting)")
  .addParam("ideas", "Idea numbers, comma-separated, e.g. 1,4,7")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Member: an address or account index")
  .setAction(
    plainErrors(async (args: { ideas: string; round?: string; from?: string }, hre) => {
      if (!/^\s*\d+\s*(,\s*\d+\s*)*$/.test(args.ideas))
        throw new Error(`--ideas must be idea numbers separated by commas, such as 1,4,7, got "${args.ideas}"`);
      const ideas = args.ideas.split(",").map((i) => BigInt(i.trim()));
      const { round } = await roundContext(hre, args.round, args.from);
      await (await round.castBallot(ideas)).wait();
      console.log(`Ballot cast for ideas ${ideas.join(", ")}`);
    }),
  );

task("round:finalize", "Allocates the districts' budgets once voting has ended, and publishes the results (anyone may)")
  .addOptionalParam("district", "Only this district (name or number): for rounds too big for one transaction")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { district?: string; round?: string; from?: string }, hre) => {
      const { round, fund } = await roundContext(hre, args.round, args.from);
      if (args.district !== undefined) {
        const { index: district, names: districts } = await pickDistrict(fund.membership!, args.district);
        await (await round.finalizeDistrict(district)).wait();
        const [, allocated] = await round.districtOf(district);
        if ((await round.finalizedAt()) === 0n) {
          console.log(
            `${districts[district]} allocated ${(await roundAsset(hre, round)).format(allocated)}; other districts still to go`,
          );
          return;
        }
      } else {
        await (await round.finalize()).wait();
      }
      console.log(
        `Round finalized: winners can be released after ${new Date(Number((await round.finalizedAt()) + (await round.challengeDelay())) * 1000).toISOString()}`,
      );
    }),
  );

task("round:release", "Pays a winning idea once the challenge delay is over (anyone may)")
  .addParam("idea", "Idea number")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { idea: string; round?: string; from?: string }, hre) => {
      const id = wholeNumber("--idea", args.idea);
      const { round } = await roundContext(hre, args.round, args.from);
      await (await round.release(id)).wait();
      const idea = await round.ideaOf(id);
      console.log(`Idea ${args.idea} paid: ${(await roundAsset(hre, round)).format(idea.cost)} to ${idea.payee}`);
    }),
  );

task("round:return", "Returns what a finished round did not pay out to the treasury (anyone may)")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Sender: an address or account index")
  .setAction(
    plainErrors(async (args: { round?: string; from?: string }, hre) => {
      const { round } = await roundContext(hre, args.round, args.from);
      const receipt = await (await round.returnUnspent()).wait();
      const returned = receipt!.logs
        .map((log) => round.interface.parseLog(log))
        .find((event) => event?.name === "UnspentReturned");
      console.log(`Returned ${(await roundAsset(hre, round)).format(returned!.args.amount)} to the treasury`);
    }),
  );

task("round:cancel", "Cancels a winning idea during the challenge delay, with the reason (the guardian)")
  .addParam("idea", "Idea number")
  .addParam("reason", "Why, in words (kept in the content service)")
  .addParam("code", "Why, as a code: PayeeIneligible, ConflictOfInterest, Misconduct, NoLongerPossible or Other")
  .addOptionalParam("round", roundParam)
  .addOptionalParam("from", "Guardian: an address or account index")
  .setAction(
    plainErrors(async (args: { idea: string; reason: string; code: string; round?: string; from?: string }, hre) => {
      const { CANCEL_REASONS } = await import("../sdk/model/rounds");
      const id = wholeNumber("--idea", args.idea);
      const { round, signer } = await roundContext(hre, args.round, args.from);
      const code = reasonCode(CANCEL_REASONS, args.code);
      const texts = (await contentTexts(hre)).as(signer);
      const reason = await texts.write("winnerCancellation", await round.getAddress(), { reason: args.reason });
      const receipt = await (await round.cancelWinner(id, code, reason)).wait();
      await texts.confirm([reason], receipt!.hash);
      console.log(
        `Idea ${args.idea} cancelled: its money stays in the round and goes back to the treasury with the rest`,
      );
    }),
  );

task("round:status", "Shows a budget round: phase, districts, and every idea with its review and approvals")
  .addOptionalParam("round", roundParam)
  .setAction(
    plainErrors(async (args: { round?: string }, hre) => {
      const { ROUND_PHASES, IDEA_STATUSES } = await import("../sdk/model/rounds");
      const { round, rounds, fund, record } = await roundContext(hre, args.round);
      const money = (await roundAsset(hre, round)).format;
      // IdeaSubmitted events commit to the titles; the content service holds them.
      const commitments = new Map<bigint, string>();
      const latest = await hre.ethers.provider.getBlockNumber();
      for (let start = record.deploymentBlock; start <= latest; start += LOG_RANGE) {
        for (const event of await round.queryFilter(
          round.filters.IdeaSubmitted(),
          start,
          Math.min(start + LOG_RANGE - 1, latest),
        )) {
          commitments.set(event.args.ideaId, event.args.text);
        }
      }
      const read = (await contentTexts(hre)).read;
      const texts = await read([...commitments.values()] as `0x${string}`[]).catch(() => new Map());
      const title = (id: bigint) => texts.get(commitments.get(id)?.toLowerCase() ?? "")?.title ?? "(text unavailable)";
      const districtNames = new Map<bigint, string>();
      const lines = [
        `Round ${rounds.indexOf(await round.getAddress()) + 1} of ${rounds.length} at ${await round.getAddress()}: ${ROUND_PHASES[Number(await round.phase())]}`,
        `  ideas until ${iso(await round.ideasEnd())}, review until ${iso(await round.reviewEnd())}, voting until ${iso(await round.votingEnd())}`,
      ];
      for (const district of await round.districts()) {
        const [budget, allocated, ideas] = await round.districtOf(district);
        districtNames.set(district, await fund.membership!.districtName(district));
        lines.push(
          `  ${districtNames.get(district)}: budget ${money(budget)}, allocated ${money(allocated)}, ${ideas} idea(s)`,
        );
      }
      for (let id = 1n; id <= (await round.ideaCount()); id++) {
        const idea = await round.ideaOf(id);
        lines.push(
          `  #${String(id).padEnd(3)} ${IDEA_STATUSES[Number(idea.status)].padEnd(10)} ${money(idea.cost).padStart(16)}  ${String(idea.approvals).padStart(3)} approval(s)  ${districtNames.get(idea.district)}: ${title(id)}`,
        );
      }
      console.log(lines.join("\n"));
    }),
  );

/** The number of `name` in a contract's reason enum, or an error listing the names. */
function reasonCode(names: readonly string[], name: string | undefined): number {
  const code = name === undefined ? -1 : names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (code < 0) throw new Error(`--code must be one of ${names.join(", ")}${name ? `, got "${name}"` : ""}`);
  return code;
}

/** The round's asset: its symbol and decimals, and amounts formatted as "40000.0 DKKT". */
async function roundAsset(hre: HardhatRuntimeEnvironment, round: { asset(): Promise<string> }) {
  const { formatUnits } = await import("ethers");
  const { IERC20Metadata__factory } = await import("../typechain-types");
  const asset = IERC20Metadata__factory.connect(await round.asset(), hre.ethers.provider);
  const [decimals, symbol] = await Promise.all([asset.decimals(), asset.symbol()]);
  return {
    symbol,
    decimals: Number(decimals),
    format: (amount: bigint) => `${formatUnits(amount, decimals)} ${symbol}`,
  };
}

function iso(timestamp: bigint): string {
  return new Date(Number(timestamp) * 1000).toISOString().replace(".000Z", "Z");
}
