/**
 * A text's commitment: what the chain holds instead of the text. It binds the text to where it
 * belongs (chain, the contract whose event carries it, its kind, the text object and version)
 * and to a fresh 256-bit salt, so nobody can confirm a guess of a short text from the chain
 * alone, and once text and salt are erased nothing on chain reveals them. Anyone holding the
 * text and its salt can recompute it: the content service can withhold a text, never forge one.
 */
import { bytesToHex, encodeAbiParameters, getAddress, keccak256, toBytes, type Address, type Hex } from "viem";
import { TEXT_KINDS, type TextFields, type TextKind } from "./kinds";

/** Separates Pulje text commitments from every other hash (and later versions of this scheme). */
export const COMMITMENT_DOMAIN = keccak256(toBytes("Pulje text commitment v1"));

/** Where a text belongs and which revision of it this is. */
export interface TextPlace {
  chainId: number;
  /** The contract whose event carries the commitment (the round, the governor, the treasury …). */
  contract: Address;
  kind: TextKind;
  /** The text object: a random 32-byte id the content service gives it, kept across revisions. */
  objectId: Hex;
  /** 1 for the first text, one more for each revision (a reviewer's revised reason, say). */
  version: number;
}

/** A text as committed: its place, its fields and its salt. */
export interface CommittedText<K extends TextKind = TextKind> extends TextPlace {
  kind: K;
  fields: TextFields<K>;
  salt: Hex;
}

/**
 * The one byte string a text's fields stand for: each field NFC-normalised with line breaks as
 * "\n", in the kind's field order, as a JSON array. Two texts that look the same to a reader
 * have the same canonical form, whatever device typed them.
 */
export function canonicalText<K extends TextKind>(kind: K, fields: TextFields<K>): string {
  const names = Object.keys(TEXT_KINDS[kind].fields) as (keyof TextFields<K>)[];
  return JSON.stringify(names.map((name) => normaliseText(fields[name])));
}

/** NFC, and "\r\n" or a lone "\r" as "\n": how a text is stored, shown and hashed. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n");
}

/** keccak256 of the canonical text's UTF-8 bytes. */
export function textHash<K extends TextKind>(kind: K, fields: TextFields<K>): Hex {
  return keccak256(toBytes(canonicalText(kind, fields)));
}

/** The commitment the chain holds for `text`. */
export function textCommitment<K extends TextKind>(text: CommittedText<K>): Hex {
  if (!Number.isSafeInteger(text.version) || text.version < 1 || text.version > 0xffffffff) {
    throw new Error(`textCommitment: version ${text.version} is not a revision number`);
  }
  return keccak256(
    encodeAbiParameters(
      [
        { type: "bytes32" },
        { type: "uint256" },
        { type: "address" },
        { type: "uint8" },
        { type: "bytes32" },
        { type: "uint32" },
        { type: "bytes32" },
        { type: "bytes32" },
      ],
      [
        COMMITMENT_DOMAIN,
        BigInt(text.chainId),
        getAddress(text.contract),
        TEXT_KINDS[text.kind].code,
        text.objectId,
        text.version,
        text.salt,
        textHash(text.kind, text.fields),
      ],
    ),
  );
}

/** Whether `text` is what `commitment` (read from the chain) commits to. */
export function matchesCommitment(text: CommittedText, commitment: Hex): boolean {
  return textCommitment(text).toLowerCase() === commitment.toLowerCase();
}

/** 32 random bytes from the platform's CSPRNG: a salt, or a text object's id. */
export function random32(): Hex {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}
