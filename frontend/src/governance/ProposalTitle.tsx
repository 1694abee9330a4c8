import type { Hex } from "viem";
import { TextLabel } from "../texts/TextLabel";
import { useTextString } from "../texts/useTextString";
import { UserText } from "../ui/UserText";

/** What the chain says a proposal is called: a title its proposer made permanent, if any. */
export interface ProposalNaming {
  publicTitle: string | null;
  /** The commitment to the proposal's title and body in the content service. */
  text: Hex | null;
}

/**
 * A proposal's title: the permanent public title on chain when its proposer chose one, else the
 * title in the content service (checked against the chain), else `empty`.
 */
export function ProposalTitle({ naming, empty }: { naming: ProposalNaming | null | undefined; empty?: string }) {
  if (naming?.publicTitle) return <UserText text={naming.publicTitle} />;
  return <TextLabel commitment={naming?.text ?? null} field="title" empty={empty} />;
}

/** The same as a string, for a page's title or a sentence. */
export function useProposalTitle(naming: ProposalNaming | null | undefined): string {
  const fromService = useTextString(naming?.publicTitle ? null : naming?.text, "title");
  return naming?.publicTitle ?? fromService;
}
