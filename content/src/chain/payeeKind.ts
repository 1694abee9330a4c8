/**
 * A payee identity's kind as the chain says it: the PayeeAttested event that carries the
 * identity's commitment names the payee a company (0) or a sole trader (1). Read with the
 * registry's generated ABI; a log that does not decode to a PayeeAttested with a kind gives
 * null, which the service treats as a sole trader's (never public).
 */
import { decodeEventLog, type Log } from "viem";
import { abiOf } from "../../../sdk/contracts/kinds";

export const PAYEE_KIND = { company: 0, soleTrader: 1 } as const;

export function payeeKindIn(logs: readonly Pick<Log, "topics" | "data">[]): number | null {
  for (const log of logs) {
    try {
      const decoded = decodeEventLog({ abi: abiOf("payeeRegistry"), data: log.data, topics: log.topics });
      const args = decoded.args as unknown as Record<string, unknown> | undefined;
      if (decoded.eventName === "PayeeAttested" && typeof args?.kind === "number") return args.kind;
    } catch {
      // not one of the registry's events
    }
  }
  return null;
}
