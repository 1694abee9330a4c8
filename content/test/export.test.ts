import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNTS } from "./helpers/accounts";
import { databasesUnderTest } from "./helpers/databases";
import { startTestService, type TestService } from "./helpers/service";
import { idea, publish } from "./helpers/texts";

const [alice, bob] = ACCOUNTS.residents;

describe.each(databasesUnderTest())("access export, GDPR Art. 15 (%s)", (kind) => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService(kind);
  });
  afterAll(() => t.close());

  it("holds every text of the caller in every state, erased ones without content, and nothing of others", async () => {
    const author = await t.signIn(alice);
    const [moderator, officer, other] = await Promise.all([
      t.signIn(ACCOUNTS.moderator),
      t.signIn(ACCOUNTS.erasureOfficer),
      t.signIn(bob),
    ]);
    const published = await publish(author, idea("Offentlig"));
    const hidden = await publish(author, idea("Skjult"));
    await moderator.hideText(hidden, "offTopic");
    const withdrawn = await publish(author, idea("Trukket"));
    await author.withdrawText(withdrawn);
    const erased = await publish(author, idea("Slettet"));
    const request = await author.requestErasure(erased, "consentWithdrawn");
    await officer.eraseText(erased, "consentWithdrawn", request.id);
    const pending = (await author.writeText(idea("Kladde"))).commitment;
    await publish(other, idea("Ikke Alices"));

    const data = await author.exportMine();
    expect(data.address).toBe(alice.address);
    expect(data.texts.map((x) => [x.commitment, x.status, x.fields?.title ?? null, x.salt !== undefined])).toEqual([
      [published, "published", "Offentlig", true],
      [hidden, "hidden", "Skjult", true],
      [withdrawn, "withdrawn", "Trukket", true],
      [erased, "erased", null, false],
      [pending, "pending", "Kladde", true],
    ]);
    expect(data.texts[1].hiddenReason).toBe("offTopic");
    expect(data.texts[0]).toMatchObject({
      kind: "idea",
      chainId: 31337,
      version: 1,
      language: "da",
      txHash: expect.stringMatching(/^0x/) as unknown as string,
    });
    expect(data.erasureRequests).toEqual([
      {
        ...request,
        status: "erased",
        decidedBy: ACCOUNTS.erasureOfficer.address,
        decidedAt: expect.any(String) as string,
      },
    ]);
    expect(data.moderation.map((e) => [e.commitment, e.action, e.actor])).toEqual([
      [hidden, "hide", ACCOUNTS.moderator.address],
      [withdrawn, "withdraw", alice.address],
    ]);
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data.sessions[0])).toEqual(["createdAt", "expiresAt"]);
    expect(JSON.stringify(data)).not.toContain("Ikke Alices");
  });

  it("is for the signed-in only", async () => {
    await expect(t.anonymous().exportMine()).rejects.toMatchObject({ status: 401, code: "unauthorized" });
  });
});
