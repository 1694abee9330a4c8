/**
 * Where a commitment shows in a transaction's logs. It counts as carried by a log when its 32
 * bytes are a topic, or occur anywhere in the data — as an event argument, or inside a proposal's
 * calldatas (ProposalCreated), which is how texts inside a proposal's actions (a pool's mandate,
 * a milestone plan) are confirmed when the proposal is made — or when its ASCII reference
 * `pulje-text:0x…` occurs in the data (a proposal's description, a vote's reason).
 */
import { stringToHex, type Hex, type Log } from "viem";
import { textReference } from "../../../sdk/content/reference";

/** The logs of `logs` that carry `commitment`. */
export function logsCarrying<L extends Pick<Log, "topics" | "data">>(logs: readonly L[], commitment: Hex): L[] {
  const raw = commitment.slice(2).toLowerCase();
  const reference = stringToHex(textReference(commitment)).slice(2);
  return logs.filter(
    (log) =>
      log.topics.some((topic) => topic?.toLowerCase() === `0x${raw}`) ||
      occursAtByte(log.data.slice(2).toLowerCase(), raw) ||
      occursAtByte(log.data.slice(2).toLowerCase(), reference),
  );
}

/** Whether `needle` occurs in `hex` starting at a whole byte (an even hex offset). */
function occursAtByte(hex: string, needle: string): boolean {
  for (let at = hex.indexOf(needle); at !== -1; at = hex.indexOf(needle, at + 1)) {
    if (at % 2 === 0) return true;
  }
  return false;
}
