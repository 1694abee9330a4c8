import { keccak256, toBytes, zeroHash, type Address, type Hex } from "viem";
import type { ContentClient } from "@sdk/content/client";
import type { TextFields, TextKind } from "@sdk/content/kinds";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "./ContentProvider";
import { ContentStepError } from "./contentErrors";

/** A text about to be written: its kind, the contract whose event will carry it, its fields. */
export interface TextDraft<K extends TextKind = TextKind> {
  kind: K;
  contract: Address;
  fields: TextFields<K>;
}

/** What a transaction carries while its texts are not written yet: lets it be simulated first. */
export const PLACEHOLDER_COMMITMENT: Hex = keccak256(toBytes("pulje: a text not written yet"));

export interface WrittenTexts {
  client: ContentClient | null;
  /** One per draft, in order; the zero hash for a draft left out (null). */
  commitments: Hex[];
}

/**
 * Writes texts the way every author does (as harness/texts.ts does): to the content service
 * first, signed in as the connected account, so the transaction can carry their commitments;
 * then, once the transaction is confirmed, tells the service its hash so it publishes them.
 */
export function useTextWriter() {
  const { signedIn } = useContent();
  const { locale } = useI18n();

  const write = async (drafts: readonly (TextDraft | null)[]): Promise<WrittenTexts> => {
    if (drafts.every((d) => d === null)) return { client: null, commitments: drafts.map(() => zeroHash) };
    const client = await signedIn();
    const commitments: Hex[] = [];
    try {
      for (const draft of drafts) {
        if (!draft) commitments.push(zeroHash);
        else commitments.push((await client.writeText({ ...draft, language: locale })).commitment);
      }
    } catch (error) {
      throw new ContentStepError("write", error);
    }
    return { client, commitments };
  };

  const confirm = async ({ client, commitments }: WrittenTexts, hash: Hex): Promise<void> => {
    if (!client) return;
    try {
      for (const commitment of commitments) if (commitment !== zeroHash) await client.confirmText(commitment, hash);
    } catch (error) {
      throw new ContentStepError("confirm", error);
    }
  };

  return { write, confirm };
}
