import type { Hono } from "hono";
import { getAddress } from "viem";
import type { MeResponse, SignInResponse } from "../../../../sdk/content/api";
import { createSession, endSession, sessionOf } from "../../auth/sessions";
import { newNonce, verifySignIn } from "../../auth/siwe";
import { requireSignedIn } from "../../texts/viewer";
import { accessExport } from "../../access/export";
import type { Env, Services } from "../services";

export function authRoutes(app: Hono<Env>, s: Services): void {
  const nonce = async () => {
    const { nonce, expiresAt } = await newNonce(s.ctx);
    return { nonce, expiresAt: expiresAt.toISOString() };
  };
  app.get("/auth/nonce", async (c) => c.json(await nonce()));
  app.post("/auth/nonce", async (c) => c.json(await nonce()));

  app.post("/auth/verify", async (c) => {
    const address = await verifySignIn(s.ctx, await c.req.json());
    const { token, expiresAt } = await createSession(s.ctx, address);
    return c.json<SignInResponse>({ token, address, expiresAt: expiresAt.toISOString() });
  });

  app.post("/auth/signout", async (c) => {
    requireSignedIn(c.get("viewer"));
    await endSession(s.ctx, c.get("token")!);
    return c.json({ signedOut: true });
  });

  app.get("/me", async (c) => {
    const viewer = c.get("viewer");
    const address = requireSignedIn(viewer);
    const session = (await sessionOf(s.ctx, c.get("token")!))!;
    return c.json<MeResponse>({
      address: getAddress(address),
      moderator: viewer.moderator,
      erasureOfficer: viewer.erasureOfficer,
      verifier: await viewer.isVerifier(),
      sessionExpiresAt: session.expiresAt.toISOString(),
    });
  });

  app.get("/me/export", async (c) => c.json(await accessExport(s.ctx, s.texts, c.get("viewer"))));
}
