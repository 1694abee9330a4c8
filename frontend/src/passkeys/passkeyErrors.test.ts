import { describe, expect, it } from "vitest";
import * as WebAuthnP256 from "ox/WebAuthnP256";
import { BaseError, encodeErrorResult, HttpRequestError, RpcRequestError } from "viem";
import { fundPaymasterAbi, puljeGovernorAbi } from "@sdk/generated/pulje";
import type { Locale } from "../i18n/format";
import { makeI18n } from "../i18n/makeI18n";
import { da } from "../i18n/messages/da";
import { en } from "../i18n/messages/en";
import { nb } from "../i18n/messages/nb";
import { sv } from "../i18n/messages/sv";
import { explainError } from "../transactions/explainError";
import {
  bundlerFailure,
  NoPasskeysError,
  PasskeyAccountUnknownError,
  UserOperationRevertedError,
} from "./passkeyErrors";

const LANGUAGES = { en, sv, da, nb } as const;
const explainIn = (locale: keyof typeof LANGUAGES) => (error: unknown) =>
  explainError(error, makeI18n(locale as Locale, LANGUAGES[locale]), 31337);
const explain = explainIn("en");
const BUNDLER = "http://127.0.0.1:4337";
// A resident the demo has no name for.
const RESIDENT = "0x1111111111111111111111111111111111111111";

/** What ox (and so viem's WebAuthn account) throws when the browser's passkey request fails with `name`. */
async function passkeyRefusal(name: string): Promise<unknown> {
  return WebAuthnP256.sign({
    challenge: `0x${"ab".repeat(32)}`,
    rpId: "localhost",
    getFn: () => Promise.reject(new DOMException("The operation either timed out or was not allowed.", name)),
  }).catch((error: unknown) => error);
}

describe("passkey failures as sentences", () => {
  it("says a cancelled or timed-out passkey sent nothing, in every language", async () => {
    const cancelled = await passkeyRefusal("NotAllowedError");
    expect(explain(cancelled)).toBe(
      "The passkey was not used: it was cancelled, or the time ran out. Nothing was sent; try again when you are ready.",
    );
    expect(explainIn("sv")(cancelled)).toBe(
      "Nyckeln användes inte: den avbröts, eller tiden gick ut. Inget skickades; försök igen när du är redo.",
    );
    expect(explainIn("da")(cancelled)).toBe(
      "Adgangsnøglen blev ikke brugt: den blev annulleret, eller tiden løb ud. Intet blev sendt; prøv igen, når du er klar.",
    );
    expect(explainIn("nb")(cancelled)).toBe(
      "Passnøkkelen ble ikke brukt: den ble avbrutt, eller tiden gikk ut. Ingenting ble sendt; prøv igjen når du er klar.",
    );
  });

  it("says a device or browser without passkeys cannot use them", async () => {
    const sentence =
      "This device or browser cannot use passkeys. Use a phone or computer with a screen lock (fingerprint, face or PIN) and an up-to-date browser.";
    expect(explain(new NoPasskeysError())).toBe(sentence);
    expect(explain(await passkeyRefusal("NotSupportedError"))).toBe(sentence);
    expect(explain(new PasskeyAccountUnknownError())).toBe(
      "No Pulje account was found for this passkey. Create an account first, or choose the passkey you made it with.",
    );
  });

  it("tells an unreachable bundler from an unreachable chain", () => {
    const bundlerDown = bundlerFailure(new HttpRequestError({ url: BUNDLER, details: "fetch failed" }), BUNDLER);
    expect(explain(bundlerDown)).toBe(
      "The service that sends the fund's free transactions cannot be reached right now. Nothing was sent; try again in a moment.",
    );
    expect(explainIn("da")(bundlerDown)).toBe(
      "Tjenesten, der sender fondens gratis transaktioner, kan ikke nås lige nu. Intet blev sendt; prøv igen om lidt.",
    );
    const chainDown = bundlerFailure(
      new HttpRequestError({ url: "http://127.0.0.1:8545", details: "fetch failed" }),
      BUNDLER,
    );
    expect(explain(chainDown)).toBe(
      "The network cannot be reached right now. Check that you are online and try again.",
    );
  });

  it("names the paymaster's refusal and a call that reverted inside a sponsored operation", () => {
    const notMember = encodeErrorResult({ abi: fundPaymasterAbi, errorName: "PaymasterNotMember", args: [RESIDENT] });
    expect(explain(new UserOperationRevertedError(notMember))).toBe(
      `0x1111…1111 is not a member yet, so the fund does not pay for its actions: show the account's code to a registrar to be admitted.`,
    );
    const noVotes = encodeErrorResult({
      abi: puljeGovernorAbi,
      errorName: "GovernorNoVotingPower",
      args: [RESIDENT, 7n],
    });
    expect(explainIn("sv")(new UserOperationRevertedError(noVotes))).toBe(
      "0x1111…1111 hade inga röster när omröstningen om förslag #7 öppnade: kontot var inte medlem än då, eller så var rösten delegerad till någon annan.",
    );
    expect(explain(new UserOperationRevertedError(undefined))).toBe(en["errors.revertedOnChain"]);
  });

  it("finds the paymaster's refusal in the words of Alto's simulation error", () => {
    const overBudget = encodeErrorResult({
      abi: fundPaymasterAbi,
      errorName: "PaymasterOverBudget",
      args: [RESIDENT, 1_900_000n, 400_000n, 2_000_000n],
    });
    // As viem's bundler client raises it: the JSON-RPC error, wrapped.
    const rpc = new RpcRequestError({
      body: { method: "eth_estimateUserOperationGas" },
      url: BUNDLER,
      error: {
        code: -32500,
        message: `UserOperation reverted during simulation with reason: AA33 reverted ${overBudget}`,
      },
    });
    const refused = bundlerFailure(
      new BaseError("Failed to estimate gas for user operation.", { cause: rpc }),
      BUNDLER,
    );
    expect(explain(refused)).toBe(
      "0x1111…1111 has used the gas the fund pays for in this period (1,900,000 of 2,000,000; this action may need up to 400,000): try again in the next period.",
    );
    const other = new BaseError("Failed", { cause: new Error("AA25 invalid account nonce") });
    expect(bundlerFailure(other, BUNDLER)).toBe(other);
  });

  it("says the network's fee is above the fund's cap, with both in gwei, in every language", () => {
    const tooHigh = (fee: bigint) =>
      encodeErrorResult({ abi: fundPaymasterAbi, errorName: "PaymasterFeeTooHigh", args: [fee, 10_000_000_000n] });
    // Alto refuses to send it: the operation's fee is checked when the bundler simulates it for sending.
    const refusedToSend = (fee: bigint) =>
      bundlerFailure(
        new BaseError("Failed to send user operation.", {
          cause: new RpcRequestError({
            body: { method: "eth_sendUserOperation" },
            url: BUNDLER,
            error: {
              code: -32500,
              message: `UserOperation reverted during simulation with reason: AA33 reverted ${tooHigh(fee)}`,
            },
          }),
        }),
        BUNDLER,
      );
    const refused = refusedToSend(12_500_000_000n);
    expect(explain(refused)).toBe(
      "The network's fee is 12.5 gwei per unit of gas right now, more than the fund pays (at most 10 gwei): try again later, when the network is less busy.",
    );
    expect(explainIn("sv")(refused)).toBe(
      "Nätverkets avgift är just nu 12,5 gwei per gasenhet, mer än fonden betalar (högst 10 gwei): försök igen senare, när nätverket är mindre belastat.",
    );
    expect(explainIn("da")(refused)).toBe(
      "Netværkets gebyr er lige nu 12,5 gwei pr. gasenhed, mere end fonden betaler (højst 10 gwei): prøv igen senere, når netværket er mindre belastet.",
    );
    expect(explainIn("nb")(refused)).toBe(
      "Nettverkets gebyr er akkurat nå 12,5 gwei per gassenhet, mer enn fondet betaler (høyst 10 gwei): prøv igjen senere, når nettverket er mindre belastet.",
    );
    expect(explain(refusedToSend(1_000_000_000_000n))).toBe(
      "The network's fee is 1,000 gwei per unit of gas right now, more than the fund pays (at most 10 gwei): try again later, when the network is less busy.",
    );
  });

  it("says a signed action whose signature the relay no longer accepts (AA24) was not sent", () => {
    const rpc = new RpcRequestError({
      body: { method: "eth_estimateUserOperationGas" },
      url: BUNDLER,
      error: { code: -32500, message: "UserOperation reverted during simulation with reason: AA24 signature error" },
    });
    const stale = bundlerFailure(new BaseError("Failed to estimate gas for user operation.", { cause: rpc }), BUNDLER);
    expect(explain(stale)).toBe(
      "Your signature can no longer be used: something changed after you signed (perhaps it was already sent). Nothing was sent or charged; look at the page again and try again.",
    );
    expect(explainIn("nb")(stale)).toBe(
      "Signaturen din kan ikke lenger brukes: noe endret seg etter at du signerte (den er kanskje allerede sendt). Ingenting ble sendt eller belastet; se på siden igjen og prøv igjen.",
    );
  });
});
