import { task } from "hardhat/config";
import type { RegistrationScheme } from "../../sdk/model/stewards";
import { contentTexts, fundContext, plainErrors } from "../context";
import { checkedAddress, iso } from "./shared";

// Tasks for verified payees: verifiers attest payees checked in a business register and revoke
// them. Imports inside actions are lazy: this file is loaded before typechain has run.

const SCHEMES: Record<string, RegistrationScheme> = {
  dk: "DanishCvr",
  se: "SwedishOrgNumber",
  no: "NorwegianOrgNumber",
};

task(
  "payee:attest",
  "Attests a payee checked in a business register (verifiers): who it is (kept in the content service), until when",
)
  .addParam("payee", "The payee's address")
  .addParam("name", "Legal name, as in the register")
  .addOptionalParam("kind", "company (default) or soleTrader: a sole trader's identity is never published", "company")
  .addParam("scheme", "The register: dk (CVR, 8 digits), se (organisation number, 10) or no (organisation number, 9)")
  .addParam("number", "The registration number, digits only")
  .addParam("until", 'Valid until: an ISO date ("2027-06-30") or a duration from now ("+365 days")')
  .addOptionalParam("from", "Verifier: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: {
          payee: string;
          name: string;
          kind: string;
          scheme: string;
          number: string;
          until: string;
          from?: string;
        },
        hre,
      ) => {
        const { isAddress } = await import("ethers");
        const { PAYEE_KINDS, REGISTRATION_SCHEMES, registrationProblem } = await import("../../sdk/model/stewards");
        const kind = PAYEE_KINDS.findIndex((k) => k.toLowerCase() === args.kind.trim().toLowerCase());
        if (kind < 0) throw new Error(`--kind must be company or soleTrader, got "${args.kind}"`);
        const { parseTime } = await import("../../sdk/config/fields");
        const payee = checkedAddress("--payee", args.payee, isAddress);
        const scheme = SCHEMES[args.scheme.trim().toLowerCase()];
        if (!scheme) throw new Error(`--scheme must be dk, se or no, got "${args.scheme}"`);
        const problem = registrationProblem(scheme, args.number.trim());
        if (problem) throw new Error(`--number ${problem} for ${scheme}, got "${args.number}"`);
        const now = (await hre.ethers.provider.getBlock("latest"))!.timestamp;
        let until: number;
        try {
          until = parseTime(args.until, now);
        } catch (error) {
          throw new Error(`--until ${(error as Error).message}`);
        }
        const { fund, signer, record } = await fundContext(hre, args.from);
        const texts = (await contentTexts(hre)).as(signer);
        const identity = await texts.write("payeeIdentity", record.contracts.payeeRegistry, {
          legalName: args.name,
          number: args.number.trim(),
        });
        const receipt = await (
          await fund.payees.connect(signer).attest(payee, REGISTRATION_SCHEMES.indexOf(scheme), kind, identity, until)
        ).wait();
        await texts.confirm([identity], receipt!.hash);
        console.log(`${payee} attested as "${args.name}" (${scheme} ${args.number.trim()}) until ${iso(until)}`);
      },
    ),
  );

task("payee:revoke", "Revokes a payee's attestation, with the reason (verifiers)")
  .addParam("payee", "The payee's address")
  .addParam("reason", "Why, in words (kept in the content service)")
  .addParam("code", "Why, as a code: RegistrationEnded, DetailsWrong, AccountCompromised, Misconduct or Other")
  .addOptionalParam("from", "Verifier: an address or account index")
  .setAction(
    plainErrors(async (args: { payee: string; reason: string; code: string; from?: string }, hre) => {
      const { isAddress } = await import("ethers");
      const { REVOCATION_REASONS } = await import("../../sdk/model/stewards");
      const payee = checkedAddress("--payee", args.payee, isAddress);
      const code = REVOCATION_REASONS.findIndex((r) => r.toLowerCase() === args.code.trim().toLowerCase());
      if (code < 0) throw new Error(`--code must be one of ${REVOCATION_REASONS.join(", ")}, got "${args.code}"`);
      const { fund, signer, record } = await fundContext(hre, args.from);
      const texts = (await contentTexts(hre)).as(signer);
      const reason = await texts.write("payeeRevocation", record.contracts.payeeRegistry, { reason: args.reason });
      const receipt = await (await fund.payees.connect(signer).revoke(payee, code, reason)).wait();
      await texts.confirm([reason], receipt!.hash);
      const required = await fund.payees.verificationRequired();
      console.log(
        `${payee}'s attestation revoked (${args.reason}); ${required ? "it cannot be paid until a verifier attests it again" : "payouts do not require verification in this fund, so it can still be paid"}`,
      );
    }),
  );
