import { expect } from "chai";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { explainError } from "../../../harness/errors";
import { PayeeRegistry__factory } from "../../../typechain-types";
import { runTask as run } from "../../helpers/runTask";
import { iso, taskChain } from "../../helpers/taskChain";

// Demo accounts: 3 Anna (a member), 22 a payee never checked, 24 the verifier.
const ANNA = "3";
const VERIFIER = "24";

describe("Payee tasks (payee:attest, payee:revoke on the seeded demo)", function () {
  const chain = taskChain("demo");

  it("attests and revokes payees (verifiers only), checking the number's shape first", async () => {
    const { fund, signers } = chain;
    const payee = signers[22].address;
    const attest = {
      payee,
      name: "Ballerup Syd Legepladsforening",
      scheme: "dk",
      number: "12345678",
      until: "+365 days",
    };
    expect((await run("payee:attest", { ...attest, from: ANNA })).error).to.equal(
      `Only a verifier may do this, not ${signers[3].address}: use an account with that role, or ask the members to grant it by a proposal.`,
    );
    expect((await run("payee:attest", { ...attest, number: "1234", from: VERIFIER })).error).to.equal(
      '--number must be 8 digits for DanishCvr, got "1234"',
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
      `${payee} attested as "Ballerup Syd Legepladsforening" (DanishCvr 12345678) until ${iso(now - 1 + 365 * 86_400)}`,
    );
    expect(await fund.payees.isVerified(payee)).to.equal(true);

    expect((await run("payee:revoke", { payee, reason: "Foreningen er opløst", from: VERIFIER })).output).to.equal(
      `${payee}'s attestation revoked (Foreningen er opløst); payouts do not require verification in this fund, so it can still be paid`,
    );
    expect(await fund.payees.isVerified(payee)).to.equal(false);
    expect((await run("payee:revoke", { payee, reason: "igen", from: VERIFIER })).error).to.equal(
      `${payee} has no attestation in force to revoke.`,
    );
  });
});

describe("Payees' errors in sentences", () => {
  const registry = PayeeRegistry__factory.createInterface();
  const A = "0x61097BA76cD906d2ba4FD106E757f7Eb455fc295";
  const explain = (name: string, args: unknown[]) => explainError({ data: registry.encodeErrorResult(name, args) });

  it("names the payee, the date and what to do", () => {
    expect(explain("PayeeRegistryNotVerified", [A])).to.equal(
      `${A} is not a verified payee, and this fund pays only verified payees: ask a verifier to check it in the business register first.`,
    );
    expect(explain("PayeeRegistryAttestationExpired", [A, 1_767_225_600])).to.equal(
      `The verification of ${A} ran out on 2026-01-01T00:00:00Z: ask a verifier to check it again before paying it.`,
    );
    expect(explain("PayeeRegistryInvalidRegistration", [1, "12-34"])).to.equal(
      '"12-34" is not a Swedish organisation number: it must be 10 digits, nothing else.',
    );
  });
});
