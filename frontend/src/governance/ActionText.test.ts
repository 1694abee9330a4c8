import { describe, expect, it } from "vitest";
import type { DecodedAction } from "@audit/actions";
import * as format from "../i18n/format";
import { en, type MessageKey, type Messages } from "../i18n/messages/en";
import { da } from "../i18n/messages/da";
import type { I18n } from "../i18n/I18nProvider";
import { translate, type Vars } from "../i18n/translate";
import { describeAction } from "./ActionText";

function i18n(locale: format.Locale, messages: Messages = en): I18n {
  return {
    locale,
    setLocale: () => {},
    t: (key: MessageKey, vars?: Vars) => translate(messages, key, vars),
    tn: () => "",
    number: (v) => format.formatNumber(locale, v),
    percent: (f) => format.formatPercent(locale, f),
    amount: (v, d, s) => format.formatAmount(locale, v, d, s),
    dateTime: (s) => format.formatDateTime(locale, s),
    date: (s) => format.formatDate(locale, s),
    relative: (a, b) => format.formatRelative(locale, a, b),
    duration: (s) => format.formatDuration(locale, s),
  };
}
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const DKKT = "0x7a2088a1bFc9d81c55368AE168C2C02570cB814F" as const;
const assets = [{ address: DKKT, symbol: "DKKT", decimals: 6, balance: 0n }];
const CLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" as const;

describe("actions in words", () => {
  it("says a grant as a payment, in the locale's numbers", () => {
    const pay: DecodedAction = { kind: "pay", asset: DKKT, to: CLUB, amount: 25_000_000_000n, decision: "0x00" };
    expect(plain(describeAction(pay, i18n("en"), assets))).toBe(
      "Pay 25,000 DKKT to Skovlunde Ungdomsklub (0x8626…1199)",
    );
    expect(plain(describeAction(pay, i18n("da", da), assets))).toContain("25.000 DKKT");
  });

  it("says rule changes with durations and percentages", () => {
    expect(describeAction({ kind: "rule", rule: "votingPeriod", value: 604_800n }, i18n("en"), assets)).toBe(
      "Set the voting period to 7 days",
    );
    expect(describeAction({ kind: "rule", rule: "quorumPercent", value: 30n }, i18n("en"), assets)).toBe(
      "Set the quorum to 30%",
    );
    expect(
      describeAction({ kind: "guardian", guardian: "0x0000000000000000000000000000000000000000" }, i18n("en"), assets),
    ).toBe("Remove the guardian");
  });

  it("flags an unknown call as something to check", () => {
    const call: DecodedAction = {
      kind: "call",
      target: CLUB,
      contract: null,
      functionName: null,
      value: 0n,
      data: "0x12345678aabbccddeeff",
    };
    expect(describeAction(call, i18n("en"), assets)).toBe(
      "Call Skovlunde Ungdomsklub (0x8626…1199) with data 0x12345678aabbccdd… (value 0 ETH): not a known action, check it carefully",
    );
  });
});
