/**
 * A failure on the way of a text to and from the content service, with the step it failed at:
 * signing in, writing the text before the transaction, or confirming it after. The transaction
 * list says each in the visitor's language (transactions/explainError.ts).
 */
export type ContentStep = "signIn" | "write" | "confirm" | "moderate";

export class ContentStepError extends Error {
  constructor(
    readonly step: ContentStep,
    readonly cause: unknown,
  ) {
    super(`Content service, ${step}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ContentStepError";
  }
}
