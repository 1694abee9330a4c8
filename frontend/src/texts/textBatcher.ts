/**
 * Gathers the commitments every text on a page asks for in the same moment into one lookup of
 * at most LOOKUP_PAGE commitments, instead of one request per text: a round with 60 ideas,
 * their reviews and reasons is one or two requests, not 150.
 */
import type { Hex } from "viem";
import { LOOKUP_PAGE, type CheckedTextRecord } from "@sdk/content/client";

/** Looks up one page of commitments; answers in the order asked (ContentClient.lookupTexts). */
export type LookupPage = (commitments: readonly Hex[]) => Promise<readonly CheckedTextRecord[]>;

interface Waiting {
  resolve: (record: CheckedTextRecord) => void;
  reject: (error: unknown) => void;
}

/** Splits `items` into pages of at most `size`. */
export function pages<T>(items: readonly T[], size = LOOKUP_PAGE): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export class TextBatcher {
  private waiting = new Map<string, Waiting[]>();
  private scheduled = false;

  constructor(
    private readonly lookup: LookupPage,
    /** When to send what has gathered: after the current task, so one render's asks go together. */
    private readonly schedule: (flush: () => void) => void = (flush) => setTimeout(flush, 0),
  ) {}

  /** The record for `commitment`, looked up together with every other asked before the flush. */
  load(commitment: Hex): Promise<CheckedTextRecord> {
    return new Promise((resolve, reject) => {
      const key = commitment.toLowerCase();
      const list = this.waiting.get(key);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    this.scheduled = false;
    await Promise.all(
      pages([...batch.keys()] as Hex[]).map(async (page) => {
        try {
          const records = await this.lookup(page);
          page.forEach((commitment, i) => {
            const record = records[i] ?? { commitment, status: "mismatch" };
            for (const w of batch.get(commitment)!) w.resolve(record);
          });
        } catch (error) {
          for (const commitment of page) for (const w of batch.get(commitment)!) w.reject(error);
        }
      }),
    );
  }
}
