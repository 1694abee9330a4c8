/**
 * What the stewards' three kinds of delegated money share: the contracts' enums and the
 * sentence every check and every button's consequence is said in. The rules of each kind live
 * beside their pages: payees/payeeModel.ts, pools/poolModel.ts, milestones/milestoneModel.ts.
 */

// The contracts' enums, shared with the harness and the audit.
export {
  MILESTONE_STATUSES,
  POOL_GRANT_STATUSES,
  POOL_KINDS,
  REGISTRATION_DIGITS,
  REGISTRATION_SCHEMES,
  type MilestoneStatus,
  type PoolGrantStatus,
  type PoolKind,
  type RegistrationScheme,
} from "@sdk/model/stewards";

export type { Sentence } from "../i18n/sentence";
