import type { MessageKey } from "../i18n/messages/en";
import type { Vars } from "../i18n/translate";
import { parseAmountInput } from "../governance/grantForm";

export interface IdeaDraft {
  district: string;
  cost: string;
  title: string;
  description: string;
}

export const EMPTY_IDEA: IdeaDraft = { district: "", cost: "", title: "", description: "" };

export interface IdeaContext {
  connected: boolean;
  /** The sender's district, or null when not a member. */
  memberDistrict: number | null;
  anyMemberMaySubmit: boolean;
  maxIdeasPerDistrict: number;
  decimals: number;
  /** The districts taking part: their budgets (preformatted too) and how many ideas they have. */
  districts: readonly { id: number; name: string; budget: bigint; budgetText: string; ideaCount: number }[];
}

export type IdeaErrors = Partial<Record<keyof IdeaDraft | "form", { key: MessageKey; vars?: Vars }>>;

/** The district an idea goes to: the one chosen, else the member's own. */
export function ideaDistrict(draft: IdeaDraft, context: IdeaContext): number | null {
  if (draft.district !== "") return Number(draft.district);
  return context.memberDistrict;
}

/**
 * The round's own checks, made before anything is sent: a member, their own district unless
 * the round lets anyone send anywhere, room left in the district, a cost within its budget,
 * a title and a description.
 */
export function validateIdea(draft: IdeaDraft, context: IdeaContext): IdeaErrors {
  const errors: IdeaErrors = {};
  const id = ideaDistrict(draft, context);
  const district = context.districts.find((d) => d.id === id);
  if (!district) errors.district = { key: "ideaForm.error.district" };
  else if (!context.anyMemberMaySubmit && context.memberDistrict !== null && district.id !== context.memberDistrict) {
    const own = context.districts.find((d) => d.id === context.memberDistrict);
    errors.district = {
      key: "ideaForm.error.notYourDistrict",
      vars: { district: own?.name ?? String(context.memberDistrict) },
    };
  } else if (district.ideaCount >= context.maxIdeasPerDistrict) {
    errors.district = {
      key: "ideaForm.error.full",
      vars: { district: district.name, max: context.maxIdeasPerDistrict },
    };
  }

  const cost = parseAmountInput(draft.cost, context.decimals);
  if (cost === null || cost <= 0n) errors.cost = { key: "ideaForm.error.cost" };
  else if (district && cost > district.budget)
    errors.cost = { key: "ideaForm.error.costTooHigh", vars: { amount: district.budgetText } };

  if (draft.title.trim() === "") errors.title = { key: "ideaForm.error.title" };
  // The text service keeps an idea's title and description together, and takes no empty one.
  if (draft.description.trim() === "") errors.description = { key: "ideaForm.error.description" };

  if (!context.connected) errors.form = { key: "ideaForm.error.connect" };
  else if (context.memberDistrict === null) errors.form = { key: "ideaForm.error.notMember" };
  return errors;
}
