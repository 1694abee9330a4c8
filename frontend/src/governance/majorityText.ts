import { majorityShape, type Majority } from "@sdk/model/majority";
import type { I18n } from "../i18n/I18nProvider";

/**
 * A majority as the share of the votes For or Against it needs, in words to put in a sentence:
 * "more than half of the votes For or Against", "at least 60% …", "at least two thirds …". A
 * share with no name is an exact percent (two decimals at most) or, failing that, the fraction.
 */
export function majorityPhrase(majority: Majority, { t, number }: Pick<I18n, "t" | "number">): string {
  const shape = majorityShape(majority);
  switch (shape.kind) {
    case "simple":
      return t("rules.majority.simple");
    case "twoThirds":
      return t("rules.majority.twoThirds");
    case "threeQuarters":
      return t("rules.majority.threeQuarters");
    case "all":
      return t("rules.majority.all");
    case "percent":
      return t("rules.majority.atLeastPercent", { value: number(shape.percent) });
    case "fraction":
      return t("rules.majority.atLeastFraction", { value: `${shape.numerator}/${shape.denominator}` });
  }
}

/** A majority as the history writes it ("2/3"), or null for the none before a deployment's ("0/0"). */
export function majorityOfText(text: string): Majority | null {
  const [numerator, denominator] = text.split("/").map(Number);
  return denominator > 0 ? { numerator, denominator } : null;
}
