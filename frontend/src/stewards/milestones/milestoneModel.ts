/** Milestones in plain terms: when a delivery can be released, and what counts as evidence. */
import type { MilestoneStatus } from "@sdk/model/stewards";
import type { Sentence } from "../stewardModel";

/** What releasing a delivered milestone does now, or when it can. */
export function milestoneReleaseState(
  status: MilestoneStatus,
  releasableAt: number,
  now: number,
): "planned" | "inWindow" | "releasable" | "done" {
  if (status === "Planned") return "planned";
  if (status === "Delivered") return releasableAt <= now ? "releasable" : "inWindow";
  return "done";
}

/** Evidence of a delivery: a link and the hash of what it points to (0x + 64 hex digits). */
export function validateEvidence(uri: string, hash: string): { uri?: Sentence; hash?: Sentence } {
  const errors: { uri?: Sentence; hash?: Sentence } = {};
  if (uri.trim() === "") errors.uri = { key: "stewards.deliver.error.uri" };
  if (!/^0x[0-9a-fA-F]{64}$/.test(hash.trim())) errors.hash = { key: "stewards.deliver.error.hash" };
  return errors;
}

/**
 * What cancelling the rest of a grant does, as the contract's cancelRest does it: every
 * milestone not yet paid (planned, or delivered and waiting) is cancelled, and their sum stops
 * being reserved on the treasury. Milestones are numbered from 1, as people count them.
 */
export function cancellableRest(milestones: readonly { index: number; amount: bigint; status: MilestoneStatus }[]): {
  numbers: number[];
  rest: bigint;
} {
  const open = milestones.filter((m) => m.status === "Planned" || m.status === "Delivered");
  return { numbers: open.map((m) => m.index + 1), rest: open.reduce((sum, m) => sum + m.amount, 0n) };
}

/** A grant with nothing left to confirm, release or cancel: every milestone paid or cancelled. */
export const grantFinished = (milestones: readonly { status: MilestoneStatus }[]) =>
  milestones.every((m) => m.status === "Released" || m.status === "Cancelled");
