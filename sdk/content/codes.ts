/**
 * The fixed lists the content service and the dApp share: why a moderator hid a text, and on
 * which grounds of GDPR Art. 17(1) a text was erased. Codes, not free text, so the moderation
 * and erasure logs hold no personal data and every language can show them.
 */

/** Why a moderator hid a text. */
export const HIDE_REASONS = [
  /** It breaks the law (defamation, threats, hate speech). */
  "illegal",
  /** It names or exposes a person other than its author. */
  "personalData",
  /** It harasses or insults someone. */
  "harassment",
  /** Advertising or repeated posting. */
  "spam",
  /** It has nothing to do with the programme. */
  "offTopic",
] as const;
export type HideReason = (typeof HIDE_REASONS)[number];

/**
 * The grounds for erasure, GDPR Art. 17(1)(a)–(f), with the number each has in the erasure
 * log's entry hashes (never renumbered).
 */
export const ERASURE_GROUNDS = {
  /** (a) no longer necessary for the purpose it was collected for. */
  noLongerNecessary: 1,
  /** (b) consent withdrawn (where consent was the basis). */
  consentWithdrawn: 2,
  /** (c) the author objected (Art. 21) and no overriding legitimate grounds remain. */
  objection: 3,
  /** (d) processed unlawfully. */
  unlawful: 4,
  /** (e) a legal obligation requires erasure. */
  legalObligation: 5,
  /** (f) collected from a child for an information-society service. */
  child: 6,
} as const;
export type ErasureGrounds = keyof typeof ERASURE_GROUNDS;

/** Why an erasure officer turned a request down (Art. 17(3): the grounds did not apply). */
export const ERASURE_REFUSALS = [
  /** None of Art. 17(1)'s grounds applies. */
  "groundsNotMet",
  /** Keeping it is needed for a task in the public interest or official authority (17(3)(b)). */
  "publicTask",
  /** Needed for legal claims (17(3)(e)). */
  "legalClaims",
  /** Archiving in the public interest (17(3)(d)). */
  "archiving",
] as const;
export type ErasureRefusal = (typeof ERASURE_REFUSALS)[number];

export const isHideReason = (value: unknown): value is HideReason => HIDE_REASONS.includes(value as HideReason);
export const isErasureGrounds = (value: unknown): value is ErasureGrounds =>
  typeof value === "string" && Object.hasOwn(ERASURE_GROUNDS, value);
export const isErasureRefusal = (value: unknown): value is ErasureRefusal =>
  ERASURE_REFUSALS.includes(value as ErasureRefusal);
