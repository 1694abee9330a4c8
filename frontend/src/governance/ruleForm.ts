import { majorityFromPercent, parseMajority, type Majority } from "@sdk/model/majority";
import type { RuleChange } from "@sdk/proposals/governance";
import type { MessageKey } from "../i18n/messages/en";

/** The majorities the form offers by name, as fractions of For + Against; "other" takes a percent. */
export const MAJORITY_CHOICES = ["1/2", "3/5", "2/3", "3/4", "1/1"] as const;
export type MajorityChoice = "" | (typeof MAJORITY_CHOICES)[number] | "other";

export interface RuleDraft {
  votingDelayHours: string;
  votingPeriodHours: string;
  quorumPercent: string;
  /** "" keeps the majority as it is. */
  majority: MajorityChoice;
  /** With majority "other": from 50 to 100, at most two decimals. */
  majorityPercent: string;
  threshold: string;
  /** How long voting stays open at least after the minimum turnout is reached late. */
  lateQuorumHours: string;
  timelockHours: string;
  title: string;
  reason: string;
  /** The proposer accepts that the title stays on chain, readable by anyone, for ever. */
  publicTitle: boolean;
}

export const EMPTY_RULE_DRAFT: RuleDraft = {
  votingDelayHours: "",
  votingPeriodHours: "",
  quorumPercent: "",
  majority: "",
  majorityPercent: "",
  threshold: "",
  lateQuorumHours: "",
  timelockHours: "",
  title: "",
  reason: "",
  publicTitle: false,
};

const HOUR = 3600n;

/**
 * The rule changes a rule-change form asks for (for sdk/proposals' ruleChangeActions, and
 * majorityActions for the majority): only the fields filled in, each checked (whole numbers; a
 * quorum from 1 to 100 %; a majority from 50 to 100 %, as the governor takes it). Hours become
 * the seconds the contracts count in, and a threshold in whole votes becomes the voting source's
 * units (`voteUnit`: 1 per member, 10^18 per token).
 */
export function ruleChanges(
  draft: RuleDraft,
  voteUnit = 1n,
): {
  changes: RuleChange[];
  /** null: the majority stays as it is. */
  majority: Majority | null;
  errors: Partial<Record<keyof RuleDraft, MessageKey>>;
} {
  const changes: RuleChange[] = [];
  const errors: Partial<Record<keyof RuleDraft, MessageKey>> = {};
  const whole = (field: Exclude<keyof RuleDraft, "publicTitle" | "majority">): bigint | null => {
    const text = draft[field].trim();
    if (text === "") return null;
    if (!/^\d+$/.test(text)) {
      errors[field] = "rules.error.number";
      return null;
    }
    return BigInt(text);
  };
  const delay = whole("votingDelayHours");
  if (delay !== null) changes.push({ rule: "votingDelay", value: delay * HOUR });
  const period = whole("votingPeriodHours");
  if (period !== null) changes.push({ rule: "votingPeriod", value: period * HOUR });
  const quorum = whole("quorumPercent");
  if (quorum !== null) {
    if (quorum < 1n || quorum > 100n) errors.quorumPercent = "rules.error.quorum";
    else changes.push({ rule: "quorumPercent", value: quorum });
  }
  let majority: Majority | null = null;
  if (draft.majority === "other") {
    majority = majorityFromPercent(draft.majorityPercent);
    if (!majority) errors.majorityPercent = "rules.error.majority";
  } else if ((MAJORITY_CHOICES as readonly string[]).includes(draft.majority)) {
    majority = parseMajority(draft.majority);
  }
  const threshold = whole("threshold");
  if (threshold !== null) changes.push({ rule: "proposalThreshold", value: threshold * voteUnit });
  const lateQuorum = whole("lateQuorumHours");
  if (lateQuorum !== null) changes.push({ rule: "lateQuorumExtension", value: lateQuorum * HOUR });
  const timelock = whole("timelockHours");
  if (timelock !== null) changes.push({ rule: "timelockDelay", value: timelock * HOUR });
  return { changes, majority, errors };
}
