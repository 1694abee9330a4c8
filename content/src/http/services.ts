import type { Context } from "../context";
import type { Anchorer } from "../erasure/anchor";
import type { Erasure } from "../erasure/erasure";
import type { Moderation } from "../moderation/moderation";
import type { Texts } from "../texts/texts";
import type { Viewer } from "../texts/viewer";

/** The parts the routes call. */
export interface Services {
  ctx: Context;
  texts: Texts;
  moderation: Moderation;
  erasure: Erasure;
  anchorer: Anchorer;
}

/** What each request carries once the caller is known. */
export interface Env {
  Variables: { viewer: Viewer; token: string | null };
}
