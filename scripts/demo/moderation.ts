/**
 * The demo's texts after the fact: a moderator hides one vote reason that names a person, and
 * one resident has their idea erased, so the dApp's "hidden" and "removed" displays can be seen
 * on a fresh `npm start`. Both go through the content service as the people who may do them.
 */
import type { Signer } from "ethers";
import type { Hex } from "viem";
import type { TextKind } from "../../sdk/content/kinds";
import type { ContentTexts, TextStore } from "../../harness/texts";

/** A text the demo wrote: enough to find it again by its words. */
export interface WrittenText {
  kind: TextKind;
  fields: Record<string, string>;
  commitment: Hex;
}

/** `store`, noting each text it writes in `log`. */
export function recording(store: TextStore, log: WrittenText[]): TextStore {
  return {
    write: async (kind, contract, fields) => {
      const commitment = await store.write(kind, contract, fields);
      log.push({ kind, fields: fields as Record<string, string>, commitment });
      return commitment;
    },
    confirm: (commitments, txHash) => store.confirm(commitments, txHash),
  };
}

function find(log: readonly WrittenText[], kind: TextKind, field: string, words: string): Hex {
  const found = log.find((t) => t.kind === kind && t.fields[field]?.includes(words));
  if (!found) throw new Error(`The demo wrote no ${kind} text with "${words}" in its ${field}`);
  return found.commitment;
}

export interface DemoModeration {
  content: ContentTexts;
  log: readonly WrittenText[];
  moderator: Signer;
  erasureOfficer: Signer;
  /** The vote reason to hide, by a phrase in it. */
  hiddenReason: string;
  /** The idea to erase, by its title, and its author. */
  erasedIdea: { title: string; author: Signer };
}

/** Hides the reason, erases the idea at its author's request, and anchors the erasure log. */
export async function moderateDemo(d: DemoModeration): Promise<string[]> {
  const moderator = await d.content.session(d.moderator);
  await moderator.hideText(find(d.log, "voteReason", "reason", d.hiddenReason), "personalData");

  const idea = find(d.log, "idea", "title", d.erasedIdea.title);
  const request = await (await d.content.session(d.erasedIdea.author)).requestErasure(idea, "consentWithdrawn");
  const officer = await d.content.session(d.erasureOfficer);
  await officer.eraseText(idea, "consentWithdrawn", request.id);
  const anchor = await officer.anchorErasureLog();
  return [
    `A vote reason naming a person, hidden by the moderator (personal data)`,
    `The idea "${d.erasedIdea.title}", erased at its author's request (erasure log anchored: ${anchor.entries} ${anchor.entries === 1 ? "entry" : "entries"})`,
  ];
}
