/**
 * Works out who is calling from the `Authorization: Bearer <token>` header: the public when
 * there is none, the session's account when it is live, a 401 when it is not (so the dApp knows
 * to sign in again rather than silently reading as the public).
 */
import { createMiddleware } from "hono/factory";
import { getAddress, type Address } from "viem";
import { sessionOf } from "../auth/sessions";
import type { Context } from "../context";
import { PUBLIC_VIEWER, type Viewer } from "../texts/viewer";
import { unauthorized } from "./errors";
import type { Env } from "./services";

export function viewerMiddleware(ctx: Context) {
  const moderators = new Set(ctx.options.moderators.map((a) => a.toLowerCase()));
  const officers = new Set(ctx.options.erasureOfficers.map((a) => a.toLowerCase()));
  return createMiddleware<Env>(async (c, next) => {
    const header = c.req.header("authorization");
    if (!header) {
      c.set("viewer", PUBLIC_VIEWER);
      c.set("token", null);
      return next();
    }
    const token = /^Bearer ([0-9a-f]{64})$/.exec(header)?.[1];
    const session = token ? await sessionOf(ctx, token) : null;
    if (!token || !session) throw unauthorized("The session is unknown or expired: sign in again");
    const address = session.address.toLowerCase() as Address;
    let verifier: Promise<boolean> | null = null;
    const viewer: Viewer = {
      address,
      moderator: moderators.has(address),
      erasureOfficer: officers.has(address),
      isVerifier: () => (verifier ??= ctx.chain.isVerifier(getAddress(address))),
    };
    c.set("viewer", viewer);
    c.set("token", token);
    return next();
  });
}
