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
