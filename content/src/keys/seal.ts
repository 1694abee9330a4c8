/**
 * AES-256-GCM under a text's own data key. The commitment is the additional authenticated data,
 * so a sealed text moved to another row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a text's sealed column holds once opened. */
export interface SealedText {
  fields: Record<string, string>;
  salt: `0x${string}`;
}

/** iv ‖ tag ‖ ciphertext. */
export function seal(key: Uint8Array, commitment: string, text: SealedText): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(commitment, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(text), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** The text sealed in `sealed`; throws if the key, the commitment or a byte is wrong. */
export function open(key: Uint8Array, commitment: string, sealed: Uint8Array): SealedText {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(commitment, "utf8"));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const plaintext = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  return JSON.parse(plaintext.toString("utf8")) as SealedText;
}

export const newDataKey = (): Buffer => randomBytes(32);
