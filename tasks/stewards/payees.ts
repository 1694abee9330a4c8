import { task } from "hardhat/config";
import type { RegistrationScheme } from "../../sdk/model/stewards";
import { fundContext, plainErrors } from "../context";
import { checkedAddress, iso } from "./shared";

// Tasks for verified payees: verifiers attest payees checked in a business register and revoke
// them. Imports inside actions are lazy: this file is loaded before typechain has run.

const SCHEMES: Record<string, RegistrationScheme> = {
  dk: "DanishCvr",
  se: "SwedishOrgNumber",
  no: "NorwegianOrgNumber",
};

task("payee:attest", "Attests a payee checked in a business register (verifiers): legal name, number, valid until")
  .addParam("payee", "The payee's address")
  .addParam("name", "Legal name, as in the register")
  .addParam("scheme", "The register: dk (CVR, 8 digits), se (organisation number, 10) or no (organisation number, 9)")
  .addParam("number", "The registration number, digits only")
  .addParam("until", 'Valid until: an ISO date ("2027-06-30") or a duration from now ("+365 days")')
  .addOptionalParam("from", "Verifier: an address or account index")
  .setAction(
    plainErrors(
      async (
        args: { payee: string; name: string; scheme: string; number: string; until: string; from?: string },
        hre,
      ) => {
        const { isAddress } = await import("ethers");
        const { REGISTRATION_SCHEMES, registrationProblem } = await import("../../sdk/model/stewards");
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
        const { fund, signer } = await fundContext(hre, args.from);
        await (
          await fund.payees
            .connect(signer)
            .attest(payee, args.name, REGISTRATION_SCHEMES.indexOf(scheme), args.number.trim(), until)
        ).wait();
        console.log(`${payee} attested as "${args.name}" (${scheme} ${args.number.trim()}) until ${iso(until)}`);
      },
    ),
  );

task("payee:revoke", "Revokes a payee's attestation, with the reason (verifiers)")
  .addParam("payee", "The payee's address")
  .addParam("reason", "Why (public, on chain)")
  .addOptionalParam("from", "Verifier: an address or account index")
  .setAction(
    plainErrors(async (args: { payee: string; reason: string; from?: string }, hre) => {
      const { isAddress } = await import("ethers");
      const payee = checkedAddress("--payee", args.payee, isAddress);
      const { fund, signer } = await fundContext(hre, args.from);
      await (await fund.payees.connect(signer).revoke(payee, args.reason)).wait();
      const required = await fund.payees.verificationRequired();
      console.log(
        `${payee}'s attestation revoked (${args.reason}); ${required ? "it cannot be paid until a verifier attests it again" : "payouts do not require verification in this fund, so it can still be paid"}`,
      );
    }),
  );
