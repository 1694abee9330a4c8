import { describe, expect, it } from "vitest";
import {
  BaseError,
  ContractFunctionRevertedError,
  encodeAbiParameters,
  encodeErrorResult,
  pad,
  type Abi,
  type AbiParameter,
  type Hex,
} from "viem";
import { ABIS } from "../contracts/kinds";
import { roleHash } from "../model/roles";
import { EXPLAINED_ERRORS, explainFundError, textFrom, type ErrorFacts } from "./catalogue";
import { decodeFundError, FUND_ERRORS_ABI } from "./decode";
import { da } from "./messages/da";
import { en, type ErrorMessages } from "./messages/en";
import { nb } from "./messages/nb";
import { sv } from "./messages/sv";

const LANGUAGES: Record<string, ErrorMessages> = { en, sv, da, nb };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Facts that show what the catalogue asked for, so a test can see every argument arrive. */
const FACTS: ErrorFacts = {
  account: (a) => `account ${a.slice(0, 6)}`,
  amount: (asset, v) => `${v} of ${asset ?? "the main asset"}`,
  votes: (v) => `${v} votes`,
  number: (v) => `${v}`,
  feePerGas: (wei) => `${wei} wei`,
  time: (s) => `t${s}`,
  milestone: (i) => `${i + 1}`,
  district: (i) => ["Skovlunde", "Måløv"][i] ?? `district ${i}`,
  state: (kind, name) => `${kind}:${name}`,
  alternatives: (items) => items.join(" or "),
};
const explain = (data: Hex, messages: ErrorMessages = en) =>
  explainFundError(decodeFundError({ data })!, textFrom(messages), FACTS);

/** Pulje's own errors (not OpenZeppelin's), which must each have a sentence. */
const PULJE_ERROR =
  /^(Treasury|Membership|CommunityToken|BudgetRound|StewardPool|MilestoneGrants|PayeeRegistry|SignatureRelay)/;
const PULJE_GOVERNOR_ERRORS = ["GovernorNoVotingPower", "GovernorProposerHasLiveProposal"];

function sampleValue(param: AbiParameter): unknown {
  if (param.type === "address") return "0x00000000000000000000000000000000000000a1";
  if (param.type === "string") return "12-34";
  if (param.type === "bool") return true;
  if (param.type === "bytes32") return pad("0x02");
  if (param.type === "bytes4") return "0x12345678";
  if (/^u?int\d+$/.test(param.type)) return 1n;
  throw new Error(`no sample for ${param.type}`);
}

describe("the contract error catalogue", () => {
  for (const [locale, messages] of Object.entries(LANGUAGES).filter(([l]) => l !== "en")) {
    it(`${locale} has English's keys in English's order, each with English's placeholders`, () => {
      expect(Object.keys(messages)).toEqual(Object.keys(en));
      for (const [key, english] of Object.entries(en)) {
        const text = messages[key as keyof typeof en];
        expect(text.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english));
        expect(text, `${locale} ${key} is not translated`).not.toBe(english);
      }
    });
  }

  it("has a sentence for every error Pulje's own contracts declare", () => {
    const own = FUND_ERRORS_ABI.map((e) => e.name).filter(
      (name) => PULJE_ERROR.test(name) || PULJE_GOVERNOR_ERRORS.includes(name),
    );
    expect(own.length).toBeGreaterThan(60);
    for (const name of own) expect(EXPLAINED_ERRORS, name).toContain(name);
  });

  it("explains only errors the contracts have", () => {
    const declared = new Set(FUND_ERRORS_ABI.map((e) => e.name));
    for (const name of EXPLAINED_ERRORS) expect(declared.has(name), name).toBe(true);
  });

  it("fills every placeholder of every sentence, in every language", () => {
    for (const error of FUND_ERRORS_ABI.filter((e) => (EXPLAINED_ERRORS as readonly string[]).includes(e.name))) {
      const args = error.inputs.map(sampleValue);
      const data = encodeErrorResult({ abi: [error], errorName: error.name, args } as never);
      for (const [locale, messages] of Object.entries(LANGUAGES)) {
        expect(explain(data, messages), `${locale} ${error.name}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("gives each error's facts their meaning: amounts with their asset, districts, states and roles by name", () => {
    const data = (errorName: string, args: readonly unknown[]) =>
      encodeErrorResult({ abi: FUND_ERRORS_ABI as Abi, errorName, args } as never);
    const dkkt = "0xA51c1fc2f0D1a1b8494Ed1FE312d7C3a78Ed91C0";
    expect(explain(data("TreasuryInsufficientBalance", [dkkt, 722n, 1000n]))).toBe(
      `The treasury has 722 of ${dkkt} free (not reserved for pools or milestone grants), less than the 1000 of ${dkkt} asked for: it can pay once enough has been deposited.`,
    );
    expect(explain(data("BudgetRoundNotYourDistrict", [dkkt, 0, 1]))).toBe(
      "account 0xA51c lives in Skovlunde and may send ideas only there, not to Måløv.",
    );
    expect(explain(data("StewardPoolOverCap", [8n, 7n]))).toBe(
      "8 of the main asset is more than the pool's cap of 7 of the main asset per grant: ask for less, or propose it to all members.",
    );
    expect(explain(data("GovernorUnexpectedProposalState", [4n, 3, pad("0x30")]))).toBe(
      "Proposal #4 has the status proposal:Defeated; this step needs proposal:Succeeded or proposal:Queued.",
    );
    expect(explain(data("GovernorUnexpectedProposalState", [4n, 7, pad("0x00")]))).toBe(
      "A proposal with these actions and this text already exists (#4, status proposal:Executed): change the text to propose it again.",
    );
    expect(explain(data("StewardPoolGrantNotPending", [9n, 0]), da)).toBe("Puljen har intet tilskud #9.");
    expect(explain(data("MilestoneGrantsWrongStatus", [1n, 0, 2, 3]))).toBe(
      "Milestone 1 of grant #1 has the status milestone:Released; this step needs milestone:Delivered.",
    );
    expect(explain(data("AccessControlUnauthorizedAccount", [dkkt, roleHash("REGISTRAR_ROLE")]))).toBe(
      "Only a registrar may do this, not account 0xA51c: use an account with that role, or ask the members to grant it by a proposal.",
    );
    expect(explain(data("AccessControlUnauthorizedAccount", [dkkt, roleHash("ANCHOR_ROLE")]), da)).toBe(
      "Kun kontoen, der forankrer sletteloggen må gøre dette, ikke account 0xA51c: brug en konto med den rolle, eller bed medlemmerne om at tildele den ved et forslag.",
    );
    expect(explain(data("SafeERC20FailedOperation", [dkkt]))).toBe(
      "The token account 0xA51c did not make the transfer: the sender may hold too little of it, or the token may not follow the ERC-20 standard the fund needs.",
    );
    expect(explain(data("AccessControlUnauthorizedAccount", [dkkt, pad("0x00")]), sv)).toBe(
      "Bara fondens gemensamma beslut (tidslåset) får göra det här, inte account 0xA51c: använd ett konto med den rollen, eller be medlemmarna att tilldela den genom ett förslag.",
    );
    expect(explain(data("BudgetRoundReasonMismatch", [false, 0]), nb)).toBe(
      "Begrunnelsen passer ikke til avgjørelsen: en gjennomførbar idé får begrunnelsen «gjennomførbar», en idé som ikke er gjennomførbar, en av de andre.",
    );
  });

  it("says why the fund's paymaster will not pay, in every language", () => {
    const data = (errorName: string, args: readonly unknown[]) =>
      encodeErrorResult({ abi: FUND_ERRORS_ABI as Abi, errorName, args } as never);
    const resident = "0xA51c1fc2f0D1a1b8494Ed1FE312d7C3a78Ed91C0";
    const notMember = data("PaymasterNotMember", [resident]);
    expect(explain(notMember)).toBe(
      "account 0xA51c is not a member yet, so the fund does not pay for its actions: show the account's code to a registrar to be admitted.",
    );
    expect(explain(notMember, da)).toBe(
      "account 0xA51c er ikke medlem endnu, så fonden betaler ikke for dens handlinger: vis kontoens kode til en medlemsansvarlig for at blive optaget.",
    );
    const overBudget = data("PaymasterOverBudget", [resident, 1_900_000n, 400_000n, 2_000_000n]);
    expect(explain(overBudget)).toBe(
      "account 0xA51c has used the gas the fund pays for in this period (1900000 of 2000000; this action may need up to 400000): try again in the next period.",
    );
    expect(explain(overBudget, sv)).toBe(
      "account 0xA51c har använt den gas fonden betalar för under den här perioden (1900000 av 2000000; den här handlingen kan behöva upp till 400000): försök igen nästa period.",
    );
    // Both figures of a fee refusal, in every language.
    const tooHigh = data("PaymasterFeeTooHigh", [12_500_000_000n, 10_000_000_000n]);
    expect(explain(tooHigh)).toBe(
      "The network's fee is 12500000000 wei per unit of gas right now, more than the fund pays (at most 10000000000 wei): try again later, when the network is less busy.",
    );
    expect(explain(tooHigh, sv)).toBe(
      "Nätverkets avgift är just nu 12500000000 wei per gasenhet, mer än fonden betalar (högst 10000000000 wei): försök igen senare, när nätverket är mindre belastat.",
    );
    expect(explain(tooHigh, da)).toBe(
      "Netværkets gebyr er lige nu 12500000000 wei pr. gasenhed, mere end fonden betaler (højst 10000000000 wei): prøv igen senere, når netværket er mindre belastet.",
    );
    expect(explain(tooHigh, nb)).toBe(
      "Nettverkets gebyr er akkurat nå 12500000000 wei per gassenhet, mer enn fondet betaler (høyst 10000000000 wei): prøv igjen senere, når nettverket er mindre belastet.",
    );
    expect(explain(data("PaymasterActionNotAllowed", [resident, "0x12345678"]), nb)).toBe(
      "Fondet betaler bare for medlemmers stemmer, stemmesedler, idéer og delegeringer, og denne handlingen i account 0xA51c er ikke en av dem.",
    );
  });

  it("falls back to the error's name in the reader's language", () => {
    const data = encodeErrorResult({ abi: ABIS.governor, errorName: "GovernorDisabledDeposit" });
    expect(explain(data)).toBe("The contract refused this (GovernorDisabledDeposit).");
    expect(explain(data, da)).toBe("Kontrakten afviste dette (GovernorDisabledDeposit).");
  });
});

describe("decodeFundError", () => {
  const treasuryRefusal = encodeErrorResult({
    abi: ABIS.treasury,
    errorName: "TreasuryInsufficientBalance",
    args: ["0x0000000000000000000000000000000000000000", 1n, 2n],
  });
  const expected = {
    name: "TreasuryInsufficientBalance",
    args: ["0x0000000000000000000000000000000000000000", 1n, 2n],
  };

  it("names an error raised inside another contract from the raw revert data viem could not decode", () => {
    // The governor's execute bubbles the treasury's revert up unchanged; the governor's ABI lacks it.
    const reverted = new ContractFunctionRevertedError({
      abi: ABIS.governor,
      data: treasuryRefusal,
      functionName: "execute",
    });
    expect(reverted.data).toBe(undefined);
    expect(decodeFundError(new BaseError("The contract function reverted.", { cause: reverted }))).toEqual(expected);
  });

  it("takes viem's own decoding when it has one", () => {
    const data = encodeErrorResult({ abi: ABIS.treasury, errorName: "TreasuryZeroAmount" });
    const reverted = new ContractFunctionRevertedError({ abi: ABIS.treasury, data, functionName: "pay" });
    expect(decodeFundError(reverted)).toEqual({ name: "TreasuryZeroAmount", args: [] });
  });

  it("finds revert data nested in ethers and JSON-RPC provider errors", () => {
    expect(decodeFundError({ message: "execution reverted", info: { error: { data: treasuryRefusal } } })).toEqual(
      expected,
    );
    expect(decodeFundError({ error: { data: { data: treasuryRefusal } } })).toEqual(expected);
    expect(decodeFundError({ payload: { id: 1 }, cause: { data: treasuryRefusal } })).toEqual(expected);
  });

  it("reads Hardhat's message when only the node decoded the error", () => {
    const error = new Error(
      "VM Exception while processing transaction: reverted with custom error 'GovernorUnexpectedProposalState(4, 3, \"0x0000000000000000000000000000000000000000000000000000000000000030\")'",
    );
    expect(decodeFundError(error)).toEqual({
      name: "GovernorUnexpectedProposalState",
      args: ["4", "3", "0x0000000000000000000000000000000000000000000000000000000000000030"],
    });
  });

  it("finds nothing in errors that are no custom error of the fund", () => {
    const reason = ("0x08c379a0" + encodeAbiParameters([{ type: "string" }], ["nope"]).slice(2)) as Hex;
    expect(decodeFundError({ data: reason })).toBe(null);
    expect(decodeFundError({ data: "0xdeadbeef" })).toBe(null);
    expect(decodeFundError(new Error("connection refused"))).toBe(null);
    expect(decodeFundError("plain")).toBe(null);
  });
});
