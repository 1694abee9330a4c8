import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hex } from "viem";
import { textCommitment, type CommittedText } from "../../sdk/content/commitment";
import { ContentServiceError, type ContentClient } from "../../sdk/content/client";
import { seal } from "../src/keys/seal";
import { ACCOUNTS } from "./helpers/accounts";
import { CHAIN_ID, deployment, emitFromOutsider, failedProposal, propose } from "./helpers/chain";
import { databasesUnderTest } from "./helpers/databases";
import { startTestService, type TestService } from "./helpers/service";
import { idea, publish } from "./helpers/texts";

const [alice, bob] = ACCOUNTS.residents;

describe.each(databasesUnderTest())("texts (%s)", (kind) => {
  let t: TestService;
  let author: ContentClient;
  beforeAll(async () => {
    t = await startTestService(kind);
    author = await t.signIn(alice);
  });
  afterAll(() => t.close());

  describe("writing", () => {
    it("stores a pending text and returns its commitment, object, version and a fresh salt", async () => {
      const written = await author.writeText(idea("Bænke ved søstien"));
      expect(written.version).toBe(1);
      expect(written.objectId).toMatch(/^0x[0-9a-f]{64}$/);
      expect(written.salt).toMatch(/^0x[0-9a-f]{64}$/);
      expect(written.commitment).toBe(
        textCommitment({
          chainId: CHAIN_ID,
          contract: deployment().contracts.governor,
          kind: "idea",
          objectId: written.objectId,
          version: 1,
          salt: written.salt,
          fields: { title: "Bænke ved søstien", description: "Ti egetræsbænke mellem biblioteket og bådklubben." },
        }),
      );
      const again = await author.writeText(idea("Bænke ved søstien"));
      expect(again.salt).not.toBe(written.salt);
      expect(again.commitment).not.toBe(written.commitment);
      expect(await author.readText(written.commitment)).toMatchObject({ status: "pending", yours: true });
      expect(await t.anonymous().readText(written.commitment)).toEqual({
        commitment: written.commitment,
        status: "unknown",
      });
      expect(await (await t.signIn(bob)).readText(written.commitment)).toEqual({
        commitment: written.commitment,
        status: "unknown",
      });
    });

    it("stores only ciphertext in the content database, and the key in the key store", async () => {
      const { commitment } = await author.writeText(idea("Hemmelig titel"));
      const [row] = await t.service.context.db.query<{ sealed: Uint8Array }>(
        "SELECT sealed FROM texts WHERE commitment = $1",
        [commitment],
      );
      expect(Buffer.from(row.sealed).toString("utf8")).not.toContain("Hemmelig");
      expect(row.sealed.length).toBeGreaterThan(28);
      const keys = await t.service.context.keys.get([commitment]);
      expect(keys.get(commitment)?.length).toBe(32);
      const tables = await t.service.context.db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name",
      );
      expect(tables.map((r) => r.table_name)).not.toContain("text_keys");
    });

    it("names every problem of an invalid text, field by field", async () => {
      const invalid = author.writeText({
        ...idea(" "),
        fields: { title: " ", description: "x".repeat(4_001), colour: "red" },
      });
      await expect(invalid).rejects.toMatchObject({
        status: 422,
        code: "invalidText",
        message: "Not a valid idea text",
      });
      const response = await fetch(`${t.service.url}/texts`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${author.token}` },
        body: JSON.stringify({ ...idea(" "), fields: { title: " ", description: "x".repeat(4_001), colour: "red" } }),
      });
      expect(await response.json()).toEqual({
        error: "invalidText",
        message: "Not a valid idea text",
        problems: [
          { field: "title", problem: "missing" },
          { field: "description", problem: "tooLong", max: 4_000, length: 4_001 },
          { field: "colour", problem: "unknown" },
        ],
      });
    });

    it("refuses an unknown kind, a bad contract or language, and anyone not signed in", async () => {
      await expect(author.writeText({ ...idea("x"), kind: "poem" as "idea" })).rejects.toEqual(
        new ContentServiceError(400, "badRequest", 'kind "poem" is not a kind of text'),
      );
      await expect(author.writeText({ ...idea("x"), contract: "0x1234" })).rejects.toEqual(
        new ContentServiceError(400, "badRequest", "contract is not an address"),
      );
      await expect(author.writeText({ ...idea("x"), language: "Danish" })).rejects.toEqual(
        new ContentServiceError(400, "badRequest", "language must be a language tag such as da, sv, nb or en"),
      );
      await expect(t.anonymous().writeText(idea("x"))).rejects.toEqual(
        new ContentServiceError(401, "unauthorized", "Sign in first"),
      );
    });

    it("writes a new version of the author's own text object, and only the author's", async () => {
      const first = await author.writeText(idea("Version 1"));
      const second = await author.writeText({ ...idea("Version 2"), objectId: first.objectId });
      expect([second.objectId, second.version]).toEqual([first.objectId, 2]);
      expect(second.salt).not.toBe(first.salt);
      const third = await author.writeText({ ...idea("Version 3"), objectId: first.objectId });
      expect(third.version).toBe(3);
      await expect((await t.signIn(bob)).writeText({ ...idea("Not mine"), objectId: first.objectId })).rejects.toEqual(
        new ContentServiceError(403, "forbidden", "Only a text's author writes new versions of it"),
      );
      await expect(
        author.writeText({
          kind: "review",
          contract: deployment().contracts.governor,
          fields: { reason: "x" },
          language: "da",
          objectId: first.objectId,
        }),
      ).rejects.toMatchObject({ status: 409, code: "conflict" });
      const unknown = `0x${"77".repeat(32)}` as Hex;
      await expect(author.writeText({ ...idea("x"), objectId: unknown })).rejects.toEqual(
        new ContentServiceError(404, "notFound", `No text object ${unknown}`),
      );
    });
  });

  describe("confirming", () => {
    it("publishes a text whose reference is in a proposal's description", async () => {
      const { commitment } = await author.writeText(idea("Legeplads i Måløv"));
      const txHash = await propose(commitment);
      const record = await author.confirmText(commitment, txHash);
      expect(record).toMatchObject({ commitment, status: "published", yours: true });
      const read = await t.anonymous().readText(commitment);
      expect(read).toMatchObject({
        commitment,
        status: "published",
        yours: false,
        text: { kind: "idea", chainId: CHAIN_ID, fields: { title: "Legeplads i Måløv" }, language: "da" },
      });
      // Confirming again with the same transaction is harmless.
      expect(await t.anonymous().confirmText(commitment, txHash)).toMatchObject({ status: "published" });
    });

    it("publishes a round's opening text with its allocation criteria, for anyone to read and check", async () => {
      const criteria = "- gavner bydelen\n- kan gennemføres inden for budgettet";
      const request = {
        kind: "roundProposal" as const,
        contract: deployment().contracts.governor,
        fields: { title: "Borgermillion 2027", body: "1.000.000 kr. til fire bydele.", criteria },
        language: "da",
      };
      // Criteria are what makes it a round's text: without them, or too long, it is refused by field.
      const problems = async (value: string) => {
        const response = await fetch(`${t.service.url}/texts`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${author.token}` },
          body: JSON.stringify({ ...request, fields: { ...request.fields, criteria: value } }),
        });
        return [response.status, ((await response.json()) as { problems: unknown }).problems];
      };
      expect(await problems(" ")).toEqual([422, [{ field: "criteria", problem: "missing" }]]);
      expect(await problems("x".repeat(4_001))).toEqual([
        422,
        [{ field: "criteria", problem: "tooLong", max: 4_000, length: 4_001 }],
      ]);
      const commitment = await publish(author, request);
      const record = await t.anonymous().readText(commitment);
      expect(record).toMatchObject({
        status: "published",
        text: {
          kind: "roundProposal",
          fields: { title: "Borgermillion 2027", body: "1.000.000 kr. til fire bydele.", criteria },
        },
      });
      if (record.status !== "published") throw new Error("not published");
      expect(textCommitment(record.text as unknown as CommittedText)).toBe(commitment);
    });

    it("publishes a text whose raw commitment is inside a proposal's action (ProposalCreated's calldatas)", async () => {
      const { commitment } = await author.writeText(idea("Mandat for lommepuljen"));
      const other = await author.writeText(idea("Beskrivelsen"));
      const txHash = await propose(other.commitment, commitment);
      expect(await author.confirmText(commitment, txHash)).toMatchObject({ status: "published" });
      expect(await author.confirmText(other.commitment, txHash)).toMatchObject({ status: "published" });
    });

    it("refuses a failed transaction, one without the commitment, and one only a foreign contract logged", async () => {
      const { commitment } = await author.writeText(idea("Afvist"));
      const failed = await failedProposal(commitment);
      await expect(author.confirmText(commitment, failed)).rejects.toEqual(
        new ContentServiceError(422, "transactionFailed", `Transaction ${failed} failed`),
      );
      const elsewhere = await propose((await author.writeText(idea("Noget andet"))).commitment);
      await expect(author.confirmText(commitment, elsewhere)).rejects.toEqual(
        new ContentServiceError(
          422,
          "commitmentNotInTransaction",
          `Transaction ${elsewhere} does not carry the commitment`,
        ),
      );
      const foreign = await emitFromOutsider(commitment);
      await expect(author.confirmText(commitment, foreign)).rejects.toEqual(
        new ContentServiceError(
          422,
          "commitmentNotInTransaction",
          `Transaction ${foreign} carries the commitment only in logs of contracts that are not the fund's`,
        ),
      );
      const unknownTx = `0x${"ab".repeat(32)}` as Hex;
      await expect(author.confirmText(commitment, unknownTx)).rejects.toEqual(
        new ContentServiceError(409, "receiptNotFound", `The chain has no receipt for ${unknownTx} yet`),
      );
      expect(await author.readText(commitment)).toMatchObject({ status: "pending" });
    });

    it("answers 404 for a commitment it never stored", async () => {
      const unknown = `0x${"cd".repeat(32)}` as Hex;
      await expect(author.confirmText(unknown, `0x${"ab".repeat(32)}`)).rejects.toEqual(
        new ContentServiceError(404, "notFound", `No text ${unknown}`),
      );
    });
  });

  describe("reading", () => {
    it("looks up a page of 100 in the order asked, unknown ones included; refuses 101", async () => {
      const published = await publish(author, idea("Én af mange"));
      const pending = (await author.writeText(idea("Ikke på kæden"))).commitment;
      const unknown = Array.from({ length: 98 }, (_, i) => `0x${i.toString(16).padStart(64, "0")}` as Hex);
      const asked = [unknown[0], published, pending, ...unknown.slice(1)];
      const records = await t.anonymous().lookupTexts(asked);
      expect(records).toHaveLength(100);
      expect(records[0]).toEqual({ commitment: unknown[0], status: "unknown" });
      expect(records[1]).toMatchObject({ commitment: published, status: "published" });
      expect(records[2]).toEqual({ commitment: pending, status: "unknown" });
      const response = await fetch(`${t.service.url}/texts/lookup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ commitments: [...asked, published] }),
      });
      expect([response.status, await response.json()]).toEqual([
        400,
        { error: "badRequest", message: "commitments must be a list of at most 100" },
      ]);
    });

    it("gives everything needed to recompute the commitment; the client refuses a text that does not match", async () => {
      const commitment = await publish(author, idea("Original"));
      const record = await t.anonymous().readText(commitment);
      if (record.status !== "published") throw new Error("not published");
      expect(textCommitment(record.text as unknown as CommittedText)).toBe(commitment);
      // Someone with both databases rewrites the text under its own key: the seal opens, the commitment fails.
      const key = (await t.service.context.keys.get([commitment])).get(commitment)!;
      const forged = seal(key, commitment, {
        fields: { title: "Forfalsket", description: record.text.fields.description },
        salt: record.text.salt,
      });
      await t.service.context.db.query("UPDATE texts SET sealed = $2 WHERE commitment = $1", [commitment, forged]);
      const raw = (await (await fetch(`${t.service.url}/texts/${commitment}`)).json()) as {
        text: { fields: { title: string } };
      };
      expect(raw.text.fields.title).toBe("Forfalsket");
      expect(await t.anonymous().readText(commitment)).toEqual({ commitment, status: "mismatch" });
      expect(await t.anonymous().lookupTexts([commitment])).toEqual([{ commitment, status: "mismatch" }]);
    });

    it("answers a malformed commitment with a 400 and an unknown route with a 404", async () => {
      const bad = await fetch(`${t.service.url}/texts/0x1234`);
      expect([bad.status, await bad.json()]).toEqual([
        400,
        { error: "badRequest", message: "commitment must be 32 bytes as 0x-hex" },
      ]);
      const none = await fetch(`${t.service.url}/nothing`);
      expect([none.status, await none.json()]).toEqual([404, { error: "notFound", message: "No route GET /nothing" }]);
    });

    it("lets the dApp's origin call it (CORS) and no other", async () => {
      const allowed = await fetch(`${t.service.url}/texts/lookup`, {
        method: "OPTIONS",
        headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
      });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      expect(allowed.headers.get("access-control-allow-headers")).toBe("content-type,authorization");
      const other = await fetch(`${t.service.url}/texts/lookup`, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(other.headers.get("access-control-allow-origin")).toBe(null);
    });
  });

  describe("retention", () => {
    it("deletes pending texts after 24 hours with their keys, and expired nonces and sessions", async () => {
      const author = await t.signIn(bob);
      const { commitment } = await author.writeText(idea("Glemt"));
      const kept = await publish(author, idea("Bekræftet"));
      const at = (hours: number) => new Date(Date.now() + hours * 3_600_000);
      const stored = () => t.service.context.db.query("SELECT status FROM texts WHERE commitment = $1", [commitment]);
      // At 23 hours the text stays; the 12-hour sessions are gone already.
      const early = await t.service.purgeExpired(at(23));
      expect(early.pendingTexts).toBe(0);
      expect(early.sessions).toBeGreaterThanOrEqual(1);
      expect(await stored()).toEqual([{ status: "pending" }]);
      const purged = await t.service.purgeExpired(at(25));
      expect(purged.pendingTexts).toBeGreaterThanOrEqual(1);
      expect(await stored()).toEqual([]);
      expect((await t.service.context.keys.get([commitment])).size).toBe(0);
      expect((await t.service.context.keys.get([kept])).size).toBe(1);
      expect(await t.anonymous().readText(kept)).toMatchObject({ status: "published" });
    });
  });
});
