import { describe, expect, it } from "vitest";
import type { Address, Hex } from "viem";
import type { LedgerEntry } from "@sdk/history/ledger";
import { stewardEventsFrom } from "./useStewardEvents";

const POOL = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address;
const SOFIE = "0x976EA74026E726554dB657fA54763abd0C3a0aa9" as Address;
const MADS = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955" as Address;
const CLUB = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199" as Address;
const ANNA = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65" as Address;
const hex = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;

let logIndex = 0;
function entry(body: Record<string, unknown>): LedgerEntry {
  return {
    block: 1n,
    logIndex: logIndex++,
    tx: hex(logIndex),
    timestamp: null,
    contract: "pool",
    address: POOL,
    ...body,
  } as LedgerEntry;
}

describe("pool applications and interest from the ledger", () => {
  it("follows each application to its decision, and keeps the list of who is interested now", () => {
    const events = stewardEventsFrom([
      entry({
        kind: "poolApplicationSubmitted",
        applicationId: 1n,
        applicant: SOFIE,
        payee: CLUB,
        amount: 2n,
        text: hex(1),
      }),
      entry({
        kind: "poolApplicationSubmitted",
        applicationId: 2n,
        applicant: SOFIE,
        payee: CLUB,
        amount: 4n,
        text: hex(2),
      }),
      entry({
        kind: "poolApplicationSubmitted",
        applicationId: 3n,
        applicant: MADS,
        payee: CLUB,
        amount: 1n,
        text: hex(3),
      }),
      entry({ kind: "poolApplicationGranted", applicationId: 1n, grantId: 7n, by: ANNA }),
      entry({ kind: "poolApplicationDeclined", applicationId: 2n, by: ANNA, reason: hex(9) }),
      entry({ kind: "poolInterestRegistered", member: SOFIE }),
      entry({ kind: "poolInterestRegistered", member: MADS }),
      entry({ kind: "poolInterestWithdrawn", member: SOFIE }),
      entry({ kind: "poolInterestRegistered", member: SOFIE }),
    ]);
    const key = POOL.toLowerCase();
    expect(events.applications.get(key)!.map((a) => [a.id, a.status, a.grantId, a.declineReason])).toEqual([
      [1n, "Granted", 7n, null],
      [2n, "Declined", null, hex(9)],
      [3n, "Open", null, null],
    ]);
    expect(events.applications.get(key)![2]).toMatchObject({ applicant: MADS, payee: CLUB, amount: 1n, text: hex(3) });
    // Sofie took her name off and put it back: listed once, after Mads.
    expect(events.interested.get(key)).toEqual([MADS, SOFIE]);
  });
});
