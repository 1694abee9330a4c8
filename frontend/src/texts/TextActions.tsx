import type { Hex } from "viem";
import { AskErasureControl } from "./AskErasureControl";
import { ModerateControl } from "./ModerateControl";
import type { TextState } from "./textState";
import { useMe } from "./useMe";

/**
 * What the signed-in account may do with a text where it is shown: a moderator hides or
 * restores it; its author asks for it to be erased. Nothing for anyone else. `about` names the
 * text in the controls' accessible names, where a page lists many texts with the same controls.
 */
export function TextActions({ commitment, state, about }: { commitment: Hex; state: TextState; about?: string }) {
  const me = useMe();
  if (!me) return null;
  const moderate = me.moderator && (state.state === "verified" || state.state === "hidden");
  const ask = state.state === "verified" && state.yours;
  if (!moderate && !ask) return null;
  return (
    <>
      {moderate && <ModerateControl commitment={commitment} hidden={state.state === "hidden"} about={about} />}
      {ask && <AskErasureControl commitment={commitment} about={about} />}
    </>
  );
}
