/**
 * The erasure log: one entry per erased text, each hashing the one before, so an entry cannot be
 * dropped, reordered or rewritten without every later hash changing. It holds no personal data:
 * the text's commitment (already public on chain), the grounds code, the officer who erased it
 * and when. The latest entry hash is the log's root, which the content service anchors on chain
 * (contracts/content/ErasureAnchor.sol). Anyone can verify a copy of the log with this file.
 */
import { encodeAbiParameters, keccak256, toBytes, type Address, type Hex } from "viem";
import { ERASURE_GROUNDS, type ErasureGrounds } from "./codes";

/** Separates erasure-log hashes from every other hash (and later versions of this scheme). */
export const ERASURE_LOG_DOMAIN = keccak256(toBytes("Pulje erasure log v1"));

/** The hash before the first entry. */
export const ERASURE_LOG_GENESIS: Hex = `0x${"00".repeat(32)}`;

export interface ErasureLogEntry {
  /** 1 for the first entry, one more for each after it. */
  seq: number;
  commitment: Hex;
  grounds: ErasureGrounds;
  officer: Address;
  /** When the text was erased, in whole seconds (ISO 8601). */
  erasedAt: string;
  prevHash: Hex;
  entryHash: Hex;
}

/** The hash of an entry from its facts and the hash before it. */
export function erasureEntryHash(entry: Omit<ErasureLogEntry, "entryHash">): Hex {
  return keccak256(
    encodeAbiParameters(
      [
        { type: "bytes32" },
        { type: "uint64" },
        { type: "bytes32" },
        { type: "uint8" },
        { type: "address" },
        { type: "uint64" },
        { type: "bytes32" },
      ],
      [
        ERASURE_LOG_DOMAIN,
        BigInt(entry.seq),
        entry.commitment,
        ERASURE_GROUNDS[entry.grounds],
        entry.officer,
        BigInt(Math.floor(Date.parse(entry.erasedAt) / 1000)),
        entry.prevHash,
      ],
    ),
  );
}

/** What is wrong with a log, entry by entry: `[]` when it verifies. */
export function erasureLogProblems(entries: readonly ErasureLogEntry[]): string[] {
  const problems: string[] = [];
  let prev = ERASURE_LOG_GENESIS;
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    if (entry.seq !== index + 1) problems.push(`${where} has sequence number ${entry.seq}`);
    if (entry.prevHash.toLowerCase() !== prev.toLowerCase())
      problems.push(`${where} does not follow the entry before it`);
    if (erasureEntryHash(entry).toLowerCase() !== entry.entryHash.toLowerCase())
      problems.push(`${where} does not match its hash`);
    prev = entry.entryHash;
  });
  return problems;
}

/** The log's root (its latest entry hash; the genesis hash when empty) and how many entries it holds. */
export function erasureLogRoot(entries: readonly ErasureLogEntry[]): { root: Hex; entries: number } {
  const last = entries.at(-1);
  return { root: last ? last.entryHash : ERASURE_LOG_GENESIS, entries: entries.length };
}

/**
 * Whether `entries` extend what the chain anchored: the entry the anchor covers last has the
 * anchored root as its hash. False when the log is shorter than the anchor or was rewritten.
 */
export function matchesAnchor(entries: readonly ErasureLogEntry[], anchored: { root: Hex; entries: number }): boolean {
  if (anchored.entries === 0) return true;
  const covered = entries[anchored.entries - 1];
  return covered !== undefined && covered.entryHash.toLowerCase() === anchored.root.toLowerCase();
}
