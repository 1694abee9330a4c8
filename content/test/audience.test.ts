import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hex } from "viem";
import type { WriteTextRequest } from "../../sdk/content/api";
import { ACCOUNTS } from "./helpers/accounts";
import { deployment } from "./helpers/chain";
import { databasesUnderTest } from "./helpers/databases";
import { startTestService, type TestService } from "./helpers/service";
import { publish } from "./helpers/texts";

const identity = (legalName: string, number: string): WriteTextRequest => ({
  kind: "payeeIdentity",
  contract: deployment().contracts.payeeRegistry,
  fields: { legalName, number },
  language: "da",
});

/** Sets the payee kind as the PayeeAttested event carrying the identity would (0 company, 1 sole trader). */
const setPayeeKind = (t: TestService, commitment: Hex, kind: 0 | 1) =>
  t.service.context.db.query("UPDATE texts SET payee_kind = $2 WHERE commitment = $1", [commitment, kind]);

describe.each(databasesUnderTest())("who reads a payee's identity (%s)", (kind) => {
  let t: TestService;
  let published: TestService;
  beforeAll(async () => {
    t = await startTestService(kind);
    published = await startTestService(kind, { publishCompanyIdentities: true });
  });
  afterAll(async () => {
    await t.close();
    await published.close();
  });

  it("the registry's verifiers, moderators and its author; the public and other residents see only that it exists", async () => {
    const verifier = await t.signIn(ACCOUNTS.verifier);
    const commitment = await publish(verifier, identity("Jens Hansen Tømrer", "12345678"));
    for (const reader of [verifier, await t.signIn(ACCOUNTS.moderator)]) {
      expect(await reader.readText(commitment)).toMatchObject({
        status: "published",
        text: { kind: "payeeIdentity", fields: { legalName: "Jens Hansen Tømrer", number: "12345678" } },
      });
    }
    const publishedAt = expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown as string;
    for (const reader of [
      t.anonymous(),
      await t.signIn(ACCOUNTS.residents[0]),
      await t.signIn(ACCOUNTS.erasureOfficer),
    ]) {
      expect(await reader.readText(commitment)).toEqual({
        commitment,
        status: "restricted",
        kind: "payeeIdentity",
        publishedAt,
      });
      expect(await reader.lookupTexts([commitment])).toEqual([
        { commitment, status: "restricted", kind: "payeeIdentity", publishedAt },
      ]);
    }
  });

  it("keeps companies' identities restricted unless the fund publishes them", async () => {
    const verifier = await t.signIn(ACCOUNTS.verifier);
    const commitment = await publish(verifier, identity("Bach ApS", "87654321"));
    await setPayeeKind(t, commitment, 0);
    expect(await t.anonymous().readText(commitment)).toMatchObject({ status: "restricted" });
  });

  it("publishes a company's identity when configured, never a sole trader's, nor one whose kind the chain did not say", async () => {
    const verifier = await published.signIn(ACCOUNTS.verifier);
    const company = await publish(verifier, identity("Bach ApS", "87654321"));
    const soleTrader = await publish(verifier, identity("Karin Berg", "5501011234"));
    const unsaid = await publish(verifier, identity("Ukendt", "11111111"));
    await setPayeeKind(published, company, 0);
    await setPayeeKind(published, soleTrader, 1);
    const [c, s, u] = await published.anonymous().lookupTexts([company, soleTrader, unsaid]);
    expect(c).toMatchObject({ status: "published", text: { fields: { legalName: "Bach ApS", number: "87654321" } } });
    expect(s).toMatchObject({ status: "restricted", kind: "payeeIdentity" });
    expect(u).toMatchObject({ status: "restricted", kind: "payeeIdentity" });
  });
});
