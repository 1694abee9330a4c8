import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentServiceError, type ContentClient } from "../../sdk/content/client";
import { ACCOUNTS } from "./helpers/accounts";
import { databasesUnderTest } from "./helpers/databases";
import { startTestService, type TestService } from "./helpers/service";
import { idea, publish } from "./helpers/texts";

const [alice, bob] = ACCOUNTS.residents;

describe.each(databasesUnderTest())("moderation and withdrawal (%s)", (kind) => {
  let t: TestService;
  let author: ContentClient;
  let other: ContentClient;
  let moderator: ContentClient;
  beforeAll(async () => {
    t = await startTestService(kind);
    [author, other, moderator] = await Promise.all([t.signIn(alice), t.signIn(bob), t.signIn(ACCOUNTS.moderator)]);
  });
  afterAll(() => t.close());

  it("a moderator hides a published text with a reason: everyone sees the reason, only moderators and the author the text", async () => {
    const commitment = await publish(author, idea("Skældsord om naboen"));
    const hidden = await moderator.hideText(commitment, "harassment");
    expect(hidden).toMatchObject({
      commitment,
      status: "hidden",
      reason: "harassment",
      yours: false,
      text: { fields: { title: "Skældsord om naboen" } },
    });
    const hiddenAt = (hidden as { hiddenAt: string }).hiddenAt;
    for (const reader of [t.anonymous(), other])
      expect(await reader.readText(commitment)).toEqual({
        commitment,
        status: "hidden",
        reason: "harassment",
        hiddenAt,
        yours: false,
      });
    expect(await author.readText(commitment)).toMatchObject({
      status: "hidden",
      yours: true,
      text: { fields: { title: "Skældsord om naboen" } },
    });
    const unhidden = await moderator.unhideText(commitment);
    expect(unhidden).toMatchObject({ status: "published", text: { fields: { title: "Skældsord om naboen" } } });
    expect(await t.anonymous().readText(commitment)).toMatchObject({ status: "published" });
  });

  it("hides only published texts, with a known reason, by a moderator", async () => {
    const commitment = await publish(author, idea("Reklame"));
    await expect(moderator.hideText(commitment, "rude" as "spam")).rejects.toEqual(
      new ContentServiceError(400, "badRequest", 'reason "rude" is not one of the known codes'),
    );
    await expect(other.hideText(commitment, "spam")).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only a moderator does this"),
    );
    await expect(t.anonymous().hideText(commitment, "spam")).rejects.toEqual(
      new ContentServiceError(401, "unauthorized", "Sign in first"),
    );
    await expect(moderator.unhideText(commitment)).rejects.toEqual(
      new ContentServiceError(409, "conflict", "The text is published, not hidden"),
    );
    await moderator.hideText(commitment, "spam");
    await expect(moderator.hideText(commitment, "spam")).rejects.toEqual(
      new ContentServiceError(409, "conflict", "The text is hidden, not published"),
    );
    const pending = (await author.writeText(idea("Kladde"))).commitment;
    await expect(moderator.hideText(pending, "spam")).rejects.toEqual(
      new ContentServiceError(404, "notFound", `No text ${pending}`),
    );
  });

  it("the author withdraws a text: only the author still reads it, and it stays withdrawn", async () => {
    const commitment = await publish(author, idea("Trukket tilbage"));
    await expect(other.withdrawText(commitment)).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only its author withdraws a text"),
    );
    const withdrawn = await author.withdrawText(commitment);
    expect(withdrawn).toMatchObject({
      status: "withdrawn",
      yours: true,
      text: { fields: { title: "Trukket tilbage" } },
    });
    const withdrawnAt = (withdrawn as { withdrawnAt: string }).withdrawnAt;
    for (const reader of [t.anonymous(), moderator])
      expect(await reader.readText(commitment)).toEqual({ commitment, status: "withdrawn", withdrawnAt, yours: false });
    await expect(author.withdrawText(commitment)).rejects.toEqual(
      new ContentServiceError(409, "conflict", "The text is withdrawn"),
    );
    await expect(moderator.hideText(commitment, "spam")).rejects.toEqual(
      new ContentServiceError(409, "conflict", "The text is withdrawn, not published"),
    );
  });

  it("logs who did what to which text, why and when, for moderators only", async () => {
    const commitment = await publish(author, idea("Logget"));
    await moderator.hideText(commitment, "offTopic");
    await moderator.unhideText(commitment);
    await author.withdrawText(commitment);
    const entries = (await moderator.moderationLog()).filter((e) => e.commitment === commitment);
    expect(entries.map(({ action, actor, reason }) => ({ action, actor, reason }))).toEqual([
      { action: "withdraw", actor: alice.address, reason: null },
      { action: "unhide", actor: ACCOUNTS.moderator.address, reason: null },
      { action: "hide", actor: ACCOUNTS.moderator.address, reason: "offTopic" },
    ]);
    expect(entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    await expect(author.moderationLog()).rejects.toEqual(
      new ContentServiceError(403, "forbidden", "Only a moderator does this"),
    );
  });
});
