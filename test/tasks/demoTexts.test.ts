import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import type { Signer } from "ethers";
import type { Hex } from "viem";
import { ContentTexts } from "../../harness/texts";
import { CONTENT_SERVICE_ACCOUNT } from "../../scripts/demo/people";
import { ContentClient } from "../../sdk/content/client";
import { ERASURE_LOG_GENESIS } from "../../sdk/content/erasureLog";
import { referencedCommitment } from "../../sdk/content/reference";
import { BudgetRound__factory } from "../../typechain-types";
import { runTask } from "../helpers/runTask";
import { taskChain } from "../helpers/taskChain";

// Demo accounts: 6 Dennis and 12 Jonas (members), 27 the moderator, 28 the erasure officer.
const DENNIS = 6;
const JONAS = 12;
const MODERATOR = 27;
const ERASURE_OFFICER = 28;

/**
 * The demo's texts after seeding, as the content service and the chain hold them: one vote
 * reason hidden by the moderator because it names a person, one idea erased at its author's
 * request with the erasure log anchored on chain — so a fresh `npm start` shows both displays.
 */
describe("Demo task: the hidden reason and the erased idea", function () {
  const chain = taskChain("demo");
  const service = () => chain.content!.service;
  const publicRead = (commitment: Hex) => new ContentClient({ url: service().url }).readText(commitment);
  const readAs = async (reader: Signer, commitment: Hex) =>
    (
      await new ContentTexts({
        url: service().url,
        chainId: 31337,
        appUrl: process.env.PULJE_APP_URL!,
        language: "da",
      }).session(reader)
    ).readText(commitment);

  /** Jonas's vote reasons, as the governor's VoteCast events refer to them. */
  async function jonasReasons(): Promise<Hex[]> {
    const { governor } = chain.fund;
    const votes = await governor.queryFilter(governor.filters.VoteCast(chain.signers[JONAS].address));
    return votes.map((v) => referencedCommitment(v.args.reason)).filter((c): c is Hex => c !== null);
  }

  /** Dennis's ideas in both rounds, by the commitments in their IdeaSubmitted events. */
  async function dennisIdeas(): Promise<Hex[]> {
    const factory = chain.fund.roundFactory!;
    const ideas: Hex[] = [];
    for (const created of await factory.queryFilter(factory.filters.RoundCreated())) {
      const round = BudgetRound__factory.connect(created.args.round, factory.runner);
      const submitted = await round.queryFilter(round.filters.IdeaSubmitted());
      for (const e of submitted) if (e.args.proposer === chain.signers[DENNIS].address) ideas.push(e.args.text as Hex);
    }
    return ideas;
  }

  it("says in its output what the moderator and the erasure officer did", () => {
    const lines = chain.demo!.output.split("\n");
    const start = lines.indexOf("Texts (off chain in the content service; only their commitments are on chain)");
    expect(lines.slice(start + 1, start + 4)).to.deep.equal([
      "  A vote reason naming a person, hidden by the moderator (personal data)",
      '  The idea "Stiforbindelse til Harrestrup Å", erased at its author\'s request (erasure log anchored: 1 entry)',
      "",
    ]);
  });

  it("hides Jonas's reason naming Kirsten Holm from the public, with the reason personalData", async () => {
    // Jonas gave one written reason; the chain keeps only its reference, the service withholds it.
    const [hidden, ...others] = await jonasReasons();
    expect(others).to.deep.equal([]);
    const shown = await publicRead(hidden);
    expect(shown.status === "hidden" && [shown.commitment, shown.reason, shown.yours, "text" in shown]).to.deep.equal([
      hidden,
      "personalData",
      false,
      false,
    ]);
    // The moderator and Jonas himself still read it, and it still recomputes to the chain's commitment.
    for (const [reader, yours] of [
      [MODERATOR, false],
      [JONAS, true],
    ] as const) {
      const record = await readAs(chain.signers[reader], hidden);
      expect(record.status === "hidden" && [record.yours, record.text?.fields]).to.deep.equal([
        yours,
        { reason: "Det burde kommunen betale; spørg bare Kirsten Holm på Vesterbrogade 12" },
      ]);
    }
  });

  it("erases Dennis's idea: nothing but the date, for anyone, its author too", async () => {
    const ideas = await dennisIdeas();
    const records = await Promise.all(ideas.map(publicRead));
    // His other idea is untouched.
    expect(records.map((r) => r.status)).to.deep.equal(["published", "erased"]);
    const erased = records[1];
    expect(Object.keys(erased)).to.deep.equal(["commitment", "status", "erasedAt"]);
    expect(erased.commitment).to.equal(ideas[1]);
    for (const reader of [DENNIS, ERASURE_OFFICER, MODERATOR])
      expect(await readAs(chain.signers[reader], ideas[1])).to.deep.equal(erased);
  });

  it("keeps an erasure log that verifies, whose root is the one anchored on chain", async () => {
    expect(await service().verifyErasureLog()).to.deep.equal([]);
    const [, erasedIdea] = await dennisIdeas();
    const erased = await publicRead(erasedIdea);
    const log = await new ContentClient({ url: service().url }).erasureLog();
    // One entry and no personal data: the commitment (public on chain), the grounds, the officer, the time.
    expect(log.entries).to.deep.equal([
      {
        seq: 1,
        commitment: erasedIdea,
        grounds: "consentWithdrawn",
        officer: chain.signers[ERASURE_OFFICER].address,
        erasedAt: erased.status === "erased" ? erased.erasedAt.replace(/\.\d{3}Z$/, "Z") : "",
        prevHash: ERASURE_LOG_GENESIS,
        entryHash: log.root,
      },
    ]);
    expect(log.anchored).to.deep.equal({ root: log.root, entries: 1 });
    // The chain agrees, anchored by the content service's own account.
    const anchor = chain.fund.erasureAnchor;
    expect(await anchor.latest()).to.deep.equal([log.root, 1n]);
    const events = await anchor.queryFilter(anchor.filters.ErasureLogAnchored());
    // By position: a Result's "entries" is Array.prototype.entries, not the event's field.
    expect(events.map((e) => [e.args[0], e.args[1], e.args[2]])).to.deep.equal([
      [log.root, 1n, chain.signers[CONTENT_SERVICE_ACCOUNT].address],
    ]);
  });

  it("writes the public texts into the audit's export beside their commitments; hidden and erased stay bare", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-audit-texts-"));
    const { error } = await runTask("audit", { out, format: "json", noCache: true });
    expect(error).to.equal(null);
    const rows = JSON.parse(fs.readFileSync(path.join(out, "ledger.json"), "utf8")) as {
      kind: string;
      text_commitment: string;
      text: string;
    }[];
    const byCommitment = (c: Hex) => rows.filter((r) => r.text_commitment.toLowerCase() === c.toLowerCase());
    const [hidden] = await jonasReasons();
    const [kept, erased] = await dennisIdeas();
    expect(byCommitment(hidden).map((r) => [r.kind, r.text])).to.deep.equal([["vote", ""]]);
    expect(byCommitment(erased).map((r) => [r.kind, r.text])).to.deep.equal([["idea", ""]]);
    const keptIdea = await publicRead(kept);
    const { title, description } = keptIdea.status === "published" ? keptIdea.text.fields : {};
    expect(byCommitment(kept).map((r) => [r.kind, r.text])).to.deep.equal([["idea", `${title}\n\n${description}`]]);
    // Every published text has its words; without the service, none has (the trail is the same).
    expect(rows.filter((r) => r.text_commitment !== "" && r.text !== "").length).to.be.greaterThan(40);
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-audit-bare-"));
    const url = process.env.PULJE_CONTENT_URL;
    delete process.env.PULJE_CONTENT_URL;
    try {
      expect((await runTask("audit", { out: bare, format: "json", noCache: true })).error).to.equal(null);
    } finally {
      process.env.PULJE_CONTENT_URL = url;
    }
    const bareRows = JSON.parse(fs.readFileSync(path.join(bare, "ledger.json"), "utf8")) as typeof rows;
    expect(bareRows.map((r) => r.text)).to.deep.equal(rows.map(() => ""));
    expect(bareRows.map((r) => r.text_commitment)).to.deep.equal(rows.map((r) => r.text_commitment));
  });
});
