/**
 * Every kind of text a person writes for the fund, what it consists of, and who may read it.
 * The texts live in the content service; the chain holds only each one's commitment
 * (./commitment.ts), emitted by the contract named here where the text used to be.
 */

/** Who may read a text once it is published. */
export type TextAudience =
  /** Anyone: ideas, reasons, mandates — the public record of a public programme. */
  | "public"
  /** The fund's verifiers and governance only (a payee's identity; companies' by config). */
  | "verifiers";

export interface TextKindSpec {
  /** The kind's number inside every commitment of it (never reused, never renumbered). */
  code: number;
  /** Its fields, in canonical order, each with its longest length in characters. */
  fields: Readonly<Record<string, number>>;
  /** Fields that may be empty (all others must hold a non-blank string). */
  optional?: readonly string[];
  audience: TextAudience;
  /** The contract whose event carries the commitment. */
  contract: "round" | "governor" | "treasury" | "pool" | "milestones" | "payeeRegistry";
}

export const TEXT_KINDS = {
  /** A resident's idea in a budget round: IdeaSubmitted. */
  idea: { code: 1, fields: { title: 120, description: 4_000 }, audience: "public", contract: "round" },
  /** A reviewer's written reason for a feasibility decision: IdeaReviewed, beside its reason code. */
  review: { code: 2, fields: { reason: 2_000 }, audience: "public", contract: "round" },
  /** The guardian's written reason for cancelling a winner: WinnerCancelled, beside its code. */
  winnerCancellation: { code: 3, fields: { reason: 2_000 }, audience: "public", contract: "round" },
  /** A member's reason for a vote: the governor's VoteCast `reason` holds its reference. */
  voteReason: { code: 4, fields: { reason: 2_000 }, audience: "public", contract: "governor" },
  /** A proposal's text: the governor's description holds its reference (and an optional public title). */
  proposal: { code: 5, fields: { title: 120, body: 20_000 }, audience: "public", contract: "governor" },
  /** A depositor's note: the treasury's Deposited. */
  depositMemo: { code: 6, fields: { memo: 500 }, audience: "public", contract: "treasury" },
  /** A steward pool's name and mandate: PoolOpened. */
  pool: { code: 7, fields: { name: 120, mandate: 4_000 }, audience: "public", contract: "pool" },
  /** A committee member's reason for a micro-grant: GrantProposed. */
  poolGrant: { code: 8, fields: { reason: 2_000 }, audience: "public", contract: "pool" },
  /** A milestone grant's title: MilestoneGrantCreated. */
  milestoneGrant: { code: 9, fields: { title: 200 }, audience: "public", contract: "milestones" },
  /** One milestone's description: MilestonePlanned. */
  milestonePlan: { code: 10, fields: { description: 2_000 }, audience: "public", contract: "milestones" },
  /** A steward's evidence that a milestone was delivered (a link and a note): MilestoneDelivered. */
  milestoneEvidence: {
    code: 11,
    fields: { uri: 2_000, note: 2_000 },
    optional: ["note"],
    audience: "public",
    contract: "milestones",
  },
  /** The guardian's written reason for stopping a milestone: MilestoneStopped, beside its code. */
  milestoneStop: { code: 12, fields: { reason: 2_000 }, audience: "public", contract: "milestones" },
  /** Who a payee is, as a verifier found it in a business register: PayeeAttested. */
  payeeIdentity: {
    code: 13,
    fields: { legalName: 200, number: 20 },
    audience: "verifiers",
    contract: "payeeRegistry",
  },
  /** A verifier's written reason for revoking a payee: PayeeRevoked, beside its code. */
  payeeRevocation: { code: 14, fields: { reason: 2_000 }, audience: "public", contract: "payeeRegistry" },
  /**
   * The text of a proposal that opens a budget round, with the round's allocation criteria (how
   * ideas are chosen), fixed before any idea is collected: the governor's description holds its
   * reference, as a proposal's. A kind of its own, so every existing proposal keeps its commitment.
   */
  roundProposal: {
    code: 15,
    fields: { title: 120, body: 20_000, criteria: 4_000 },
    audience: "public",
    contract: "governor",
  },
  /** A resident's application to a steward pool (its title and purpose): ApplicationSubmitted. */
  poolApplication: { code: 16, fields: { title: 120, purpose: 4_000 }, audience: "public", contract: "pool" },
  /** A committee member's reason for declining an application: ApplicationDeclined. */
  poolApplicationDecline: { code: 17, fields: { reason: 2_000 }, audience: "public", contract: "pool" },
} as const satisfies Record<string, TextKindSpec>;

export type TextKind = keyof typeof TEXT_KINDS;

/** A text's fields, by kind: `{ title, description }` for an idea, and so on. */
export type TextFields<K extends TextKind = TextKind> = { [F in keyof (typeof TEXT_KINDS)[K]["fields"]]: string };

/** The kind with `code`, or undefined. */
export function textKindOf(code: number): TextKind | undefined {
  return (Object.keys(TEXT_KINDS) as TextKind[]).find((kind) => TEXT_KINDS[kind].code === code);
}
