import { expect } from "chai";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { Signer } from "ethers";
import type { Hex } from "viem";
import { explainError } from "../../../harness/errors";
import { ContentTexts } from "../../../harness/texts";
import { ContentClient } from "../../../sdk/content/client";
import { PayeeRegistry__factory } from "../../../typechain-types";
import { PayeeKind, RevocationReason } from "../../helpers/codes";
import { runTask as run } from "../../helpers/runTask";
import { iso, taskChain } from "../../helpers/taskChain";

// Demo accounts: 3 Anna (a member), 22 a payee never checked, 24 the verifier.
const ANNA = "3";
const VERIFIER = "24";

describe("Payee tasks (payee:attest, payee:revoke on the seeded demo)", function () {
  const chain = taskChain("demo");

  /** The fields `commitment` shows to `reader` (signed in) or to the public (null), or its status. */
  const readAs = async (reader: Signer | null, commitment: string) => {
    const url = chain.content!.service.url;
    const client = reader
      ? await new ContentTexts({ url, chainId: 31337, appUrl: process.env.PULJE_APP_URL!, language: "da" }).session(
          reader,
        )
      : new ContentClient({ url });
    const record = await client.readText(commitment as Hex);
    return record.status === "published" ? record.text.fields : record.status;
  };

  it("attests and revokes payees (verifiers only), checking the number's shape first", async () => {
    const { fund, signers } = chain;
    const payee = signers[22].address;
    const attest = {
      payee,
      name: "Ballerup Syd Legepladsforening",
      scheme: "dk",
      number: "24256790",
      until: "+365 days",
    };
    expect((await run("payee:attest", { ...attest, from: ANNA })).error).to.equal(
      `Only a verifier may do this, not 0x90F7…b906: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect((await run("payee:attest", { ...attest, number: "1234", from: VERIFIER })).error).to.equal(
      '--number must be 8 digits for DanishCvr, got "1234"',
    );
    expect((await run("payee:attest", { ...attest, number: "24256791", from: VERIFIER })).error).to.equal(
      '--number has a wrong check digit (mistyped?) for DanishCvr, got "24256791"',
    );
    expect((await run("payee:attest", { ...attest, scheme: "fi", from: VERIFIER })).error).to.equal(
      '--scheme must be dk, se or no, got "fi"',
    );
    expect((await run("payee:attest", { ...attest, until: "soon", from: VERIFIER })).error).to.equal(
      '--until must be an ISO date or "+<duration>", got "soon"',
    );
    const attested = await run("payee:attest", { ...attest, from: VERIFIER });
    const now = await time.latest();
    expect(attested.output).to.equal(
      `${payee} attested as "Ballerup Syd Legepladsforening" (DanishCvr 24256790) until ${iso(now - 1 + 365 * 86_400)}`,
    );
    expect(await fund.payees.isVerified(payee)).to.equal(true);
    // On chain: the kind, the register and the commitment; the name and number are in the service.
    const [event] = await fund.payees.queryFilter(fund.payees.filters.PayeeAttested(payee));
    expect([event.args.verifier, event.args.scheme, event.args.kind]).to.deep.equal([
      signers[24].address,
      0n,
      BigInt(PayeeKind.Company),
    ]);
    // This fund publishes companies' identities (as the demo's service is configured).
    expect(await readAs(null, event.args.identity)).to.deep.equal({
      legalName: "Ballerup Syd Legepladsforening",
      number: "24256790",
    });

    const revoke = { payee, reason: "Foreningen er opløst", code: "RegistrationEnded", from: VERIFIER };
    expect((await run("payee:revoke", { ...revoke, code: "Gone" })).error).to.equal(
      '--code must be one of RegistrationEnded, DetailsWrong, AccountCompromised, Misconduct, Other, got "Gone"',
    );
    expect((await run("payee:revoke", revoke)).output).to.equal(
      `${payee}'s attestation revoked (Foreningen er opløst); payouts do not require verification in this fund, so it can still be paid`,
    );
    expect(await fund.payees.isVerified(payee)).to.equal(false);
    const [revoked] = await fund.payees.queryFilter(fund.payees.filters.PayeeRevoked(payee));
    expect(revoked.args.code).to.equal(BigInt(RevocationReason.RegistrationEnded));
    expect(await readAs(null, revoked.args.reason)).to.deep.equal({ reason: "Foreningen er opløst" });
    expect((await run("payee:revoke", { ...revoke, reason: "igen" })).error).to.equal(
      "0x0813…1BbE has no attestation in force to revoke.",
    );
  });

  it("keeps a sole trader's identity from the public: only verifiers read it", async () => {
    const { fund, signers } = chain;
    const payee = signers[23].address;
    const attest = {
      payee,
      name: "Sofie Holm",
      kind: "soleTrader",
      scheme: "dk",
      number: "87654311",
      until: "+90 days",
    };
    expect((await run("payee:attest", { ...attest, kind: "person", from: VERIFIER })).error).to.equal(
      '--kind must be company or soleTrader, got "person"',
    );
    expect((await run("payee:attest", { ...attest, from: VERIFIER })).error).to.equal(null);
    const [event] = await fund.payees.queryFilter(fund.payees.filters.PayeeAttested(payee));
    expect(event.args.kind).to.equal(BigInt(PayeeKind.SoleTrader));
    // The public learns only that an identity was published, and of what kind.
    const record = await new ContentClient({ url: chain.content!.service.url }).readText(event.args.identity as Hex);
    expect(record.status === "restricted" && [record.commitment, record.kind]).to.deep.equal([
      event.args.identity,
      "payeeIdentity",
    ]);
    expect(await readAs(signers[24], event.args.identity)).to.deep.equal({
      legalName: "Sofie Holm",
      number: "87654311",
    });
    // A member signed in is the public too.
    expect(await readAs(signers[3], event.args.identity)).to.equal("restricted");
  });
});

describe("Payees' errors in sentences", () => {
  const registry = PayeeRegistry__factory.createInterface();
  const A = "0x61097BA76cD906d2ba4FD106E757f7Eb455fc295";
  const explain = (name: string, args: unknown[]) => explainError({ data: registry.encodeErrorResult(name, args) });

  it("names the payee, the date and what to do", () => {
    expect(explain("PayeeRegistryNotVerified", [A])).to.equal(
      `0x6109…c295 is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.`,
    );
    expect(explain("PayeeRegistryAttestationExpired", [A, 1_767_225_600])).to.equal(
      `The verification of 0x6109…c295 ran out on 2026-01-01T00:00:00Z: ask a verifier to check it again before paying it.`,
    );
    expect(explain("PayeeRegistryInvalidAttestation", [A, 1_767_225_600])).to.equal(
      `An attestation needs a payee, the commitment to who it is and an end date in the future; got 0x6109…c295 until 2026-01-01T00:00:00Z.`,
    );
  });
});
