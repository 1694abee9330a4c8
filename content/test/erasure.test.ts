import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hex } from "viem";
import { ContentServiceError, type ContentClient } from "../../sdk/content/client";
import { erasureLogProblems, erasureLogRoot, matchesAnchor } from "../../sdk/content/erasureLog";
import { ErasureAnchor__factory } from "../../typechain-types";
import { openDatabase } from "../src/db/database";
import { open } from "../src/keys/seal";
import { ACCOUNTS } from "./helpers/accounts";
import { publicClient, walletOf } from "./helpers/chain";
import { databasesUnderTest } from "./helpers/databases";
import { startTestService, type TestService } from "./helpers/service";
import { idea, publish } from "./helpers/texts";

const [alice, bob] = ACCOUNTS.residents;

/** A fresh ErasureAnchor for one suite (its entry count only grows), the timelock as admin. */
async function deployAnchor(): Promise<Hex> {
  const hash = await walletOf(ACCOUNTS.deployer).deployContract({
    abi: ErasureAnchor__factory.abi,
    bytecode: ErasureAnchor__factory.bytecode as Hex,
    args: [ACCOUNTS.guardian.address, [ACCOUNTS.anchorer.address]],
  });
  return (await publicClient().waitForTransactionReceipt({ hash })).contractAddress!;
}

describe.each(databasesUnderTest())("erasure (%s)", (kind) => {
  let t: TestService;
  let author: ContentClient;
  let officer: ContentClient;
  let anchor: Hex;
  beforeAll(async () => {
    anchor = await deployAnchor();
    t = await startTestService(kind, { anchor: { privateKey: anchorKeyOf(), contract: anchor, intervalSeconds: 0 } });
    [author, officer] = await Promise.all([t.signIn(alice), t.signIn(ACCOUNTS.erasureOfficer)]);
  });
  afterAll(() => t.close());

  it("the author files a request on stated grounds; nobody else, and not twice", async () => {
    const commitment = await publish(author, idea("Min adresse er ..."));
    const request = await author.requestErasure(commitment, "consentWithdrawn");
    expect(request).toEqual({
      id: request.id,
      commitment,
      grounds: "consentWithdrawn",
      requestedBy: alice.address,
      requestedAt: request.requestedAt,
      status: "open",
      decidedBy: null,
      decidedAt: null,
      refusal: null,
    });
    await expect(author.requestErasure(commitment, "objection")).rejects.toEqual(
      new ContentServiceError(409, "conflict", "An erasure request for this text is open"),
    );
    await expect((await t.signIn(bob)).requestErasure(commitment, "objection")).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only its author asks for a text's erasure"),
    );
    await expect(author.requestErasure(commitment, "boredom" as "objection")).rejects.toEqual(
      new ContentServiceError(400, "badRequest", 'grounds "boredom" is not one of the known codes'),
    );
    const pending = (await author.writeText(idea("Kladde"))).commitment;
    await expect(author.requestErasure(pending, "objection")).rejects.toEqual(
      new ContentServiceError(409, "conflict", "A pending text is deleted unless confirmed: withdraw it instead"),
    );
    expect((await officer.erasureRequests("open")).map((r) => r.commitment)).toEqual([commitment]);
    await expect(author.erasureRequests()).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only an erasure officer does this"),
    );
  });

  it("the officer may refuse a request with a code", async () => {
    const commitment = await publish(author, idea("Referat af mødet"));
    const request = await author.requestErasure(commitment, "noLongerNecessary");
    const refused = await officer.refuseErasure(request.id, "publicTask");
    expect(refused).toMatchObject({
      status: "refused",
      refusal: "publicTask",
      decidedBy: ACCOUNTS.erasureOfficer.address,
    });
    await expect(officer.refuseErasure(request.id, "publicTask")).rejects.toEqual(
      new ContentServiceError(404, "notFound", `No open erasure request ${request.id}`),
    );
    expect(await t.anonymous().readText(commitment)).toMatchObject({ status: "published" });
  });

  it("deletes text, salt and key from both databases; a backup taken before cannot be read after", async () => {
    const commitment = await publish(author, idea("Slet mig", "Jeg bor på Søvej 4 og har et barn i 2. klasse."));
    const [request] = (await officer.erasureRequests("open")).filter((r) => r.commitment !== commitment);
    const mine = await author.requestErasure(commitment, "objection");
    const keyBefore = (await t.service.context.keys.get([commitment])).get(commitment)!;
    // The backup: cold for PGlite (a copy of the stopped data directory), pg_dump for PostgreSQL.
    let backup = t.databases.content;
    await t.restart(() => {
      backup = t.databases.backup();
    });
    [author, officer] = await Promise.all([t.signIn(alice), t.signIn(ACCOUNTS.erasureOfficer)]);

    await expect(author.eraseText(commitment, "objection")).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only an erasure officer does this"),
    );
    await expect(officer.eraseText(commitment, "objection", request.id)).rejects.toEqual(
      new ContentServiceError(404, "notFound", `No open erasure request ${request.id} for this text`),
    );
    const erased = await officer.eraseText(commitment, "objection", mine.id);
    expect(erased).toEqual({ commitment, status: "erased", erasedAt: expect.any(String) as string });
    const erasedAt = (erased as { erasedAt: string }).erasedAt;
    for (const reader of [t.anonymous(), author, officer]) {
      expect(await reader.readText(commitment)).toEqual({ commitment, status: "erased", erasedAt });
      expect(await reader.lookupTexts([commitment])).toEqual([{ commitment, status: "erased", erasedAt }]);
    }
    expect((await officer.erasureRequests("erased")).map((r) => [r.id, r.decidedBy])).toEqual([
      [mine.id, ACCOUNTS.erasureOfficer.address],
    ]);
    await expect(officer.eraseText(commitment, "objection")).rejects.toEqual(
      new ContentServiceError(409, "conflict", "The text is already erased"),
    );

    const [row] = await t.service.context.db.query<{ sealed: Uint8Array | null; status: string }>(
      "SELECT sealed, status FROM texts WHERE commitment = $1",
      [commitment],
    );
    expect(row).toEqual({ sealed: null, status: "erased" });
    expect((await t.service.context.keys.get([commitment])).size).toBe(0);

    const copy = await openDatabase(backup);
    try {
      const [old] = await copy.query<{ sealed: Uint8Array; status: string }>(
        "SELECT sealed, status FROM texts WHERE commitment = $1",
        [commitment],
      );
      expect(old.status).toBe("published");
      // The backup holds the ciphertext, which the key opened before erasure …
      expect(open(keyBefore, commitment, old.sealed).fields.title).toBe("Slet mig");
      // … and no key in the key store opens it now.
      expect((await t.service.context.keys.get([commitment])).get(commitment)).toBe(undefined);
    } finally {
      await copy.close();
    }
  });

  it("keeps an append-only, hash-chained log that verifies, and detects a tampered entry", async () => {
    const second = await publish(author, idea("Også væk"));
    await officer.eraseText(second, "unlawful");
    const { entries, root } = await t.anonymous().erasureLog();
    expect(entries.map((e) => [e.seq, e.grounds, e.officer])).toEqual([
      [1, "objection", ACCOUNTS.erasureOfficer.address],
      [2, "unlawful", ACCOUNTS.erasureOfficer.address],
    ]);
    expect(entries[1].commitment).toBe(second);
    expect(entries[1].prevHash).toBe(entries[0].entryHash);
    expect(root).toBe(entries[1].entryHash);
    expect(erasureLogProblems(entries)).toEqual([]);
    expect(await t.service.verifyErasureLog()).toEqual([]);
    // No personal data: nothing of the text, nor its author.
    expect(JSON.stringify(entries)).not.toContain(alice.address.slice(2).toLowerCase());

    const db = t.service.context.db;
    await expect(db.query("UPDATE erasure_log SET grounds = 'child' WHERE seq = 1")).rejects.toThrow(
      "the erasure log is append-only",
    );
    await expect(db.query("DELETE FROM erasure_log WHERE seq = 2")).rejects.toThrow("the erasure log is append-only");
    await db.exec("ALTER TABLE erasure_log DISABLE TRIGGER erasure_log_no_update");
    try {
      await db.query("UPDATE erasure_log SET grounds = 'child' WHERE seq = 1");
      expect(await t.service.verifyErasureLog()).toEqual(["entry 1 does not match its hash"]);
      await db.query("UPDATE erasure_log SET grounds = 'objection' WHERE seq = 1");
      expect(await t.service.verifyErasureLog()).toEqual([]);
    } finally {
      await db.exec("ALTER TABLE erasure_log ENABLE TRIGGER erasure_log_no_update");
    }
  });

  it("anchors the log's root on chain when it has new entries, on demand by an officer", async () => {
    await expect(author.anchorErasureLog()).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only an erasure officer does this"),
    );
    const before = await t.anonymous().erasureLog();
    expect(before.anchored).toEqual({ root: `0x${"00".repeat(32)}`, entries: 0 });
    const anchored = await officer.anchorErasureLog();
    expect(anchored).toEqual({
      anchored: true,
      root: before.root,
      entries: 2,
      txHash: expect.stringMatching(/^0x/) as unknown as Hex,
    });
    const [root, entries] = await publicClient().readContract({
      address: anchor,
      abi: ErasureAnchor__factory.abi,
      functionName: "latest",
    });
    expect([root, entries]).toEqual([before.root, 2n]);
    const after = await t.anonymous().erasureLog();
    expect(after.anchored).toEqual({ root: before.root, entries: 2 });
    expect(matchesAnchor(after.entries, after.anchored!)).toBe(true);
    expect(erasureLogRoot(after.entries)).toEqual({ root: before.root, entries: 2 });
    expect(await t.service.anchorNow()).toEqual({ anchored: false, root: before.root, entries: 2, txHash: null });
  });
});

function anchorKeyOf(): Hex {
  return `0x${Buffer.from(ACCOUNTS.anchorer.getHdKey().privateKey!).toString("hex")}`;
}
