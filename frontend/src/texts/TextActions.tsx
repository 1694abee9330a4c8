import type { Hex } from "viem";
import { AskErasureControl } from "./AskErasureControl";
import { ModerateControl } from "./ModerateControl";
import type { TextState } from "./textState";
import { useMe } from "./useMe";

/**
 * What the signed-in account may do with a text where it is shown: a moderator hides or
 * restores it; its author asks for it to be erased. Nothing for anyone else.
 */
export function TextActions({ commitment, state }: { commitment: Hex; state: TextState }) {
  const me = useMe();
  if (!me) return null;
  const moderate = me.moderator && (state.state === "verified" || state.state === "hidden");
  const ask = state.state === "verified" && state.yours;
  if (!moderate && !ask) return null;
  return (
    <>
      {moderate && <ModerateControl commitment={commitment} hidden={state.state === "hidden"} />}
      {ask && <AskErasureControl commitment={commitment} />}
    </>
  );
}
