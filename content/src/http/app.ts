/**
 * The HTTP API: JSON in and out, CORS for the fund's dApps, every refusal as
 * `{ error: code, message }` with its status (docs/content-service.md lists the routes).
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { ContentErrorBody } from "../../../sdk/content/api";
import { ApiError } from "./errors";
import { authRoutes } from "./routes/auth";
import { erasureRoutes } from "./routes/erasure";
import { moderationRoutes } from "./routes/moderation";
import { textRoutes } from "./routes/texts";
import type { Env, Services } from "./services";
import { viewerMiddleware } from "./viewer";

/** A proposal's 20,000 characters at 4 bytes each, with room to spare. */
const MAX_BODY_BYTES = 256 * 1024;

export function createApp(s: Services, log: (line: string) => void): Hono<Env> {
  const app = new Hono<Env>();
  app.use(
    "*",
    cors({
      origin: [...s.ctx.options.origins],
      allowMethods: ["GET", "POST", "OPTIONS"],
      allowHeaders: ["content-type", "authorization"],
      maxAge: 600,
    }),
  );
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json<ContentErrorBody>({ error: "badRequest", message: "The request is too large" }, 413),
    }),
  );
  app.use("*", viewerMiddleware(s.ctx));
  app.get("/health", (c) => c.json({ ok: true, chainId: s.ctx.options.chainId }));
  authRoutes(app, s);
  textRoutes(app, s);
  moderationRoutes(app, s);
  erasureRoutes(app, s);

  app.notFound((c) =>
    c.json<ContentErrorBody>({ error: "notFound", message: `No route ${c.req.method} ${c.req.path}` }, 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(
        { error: error.code, message: error.message, ...(error.problems ? { problems: error.problems } : {}) },
        error.status,
      );
    // A body that is not JSON (c.req.json() throws a SyntaxError) is the caller's mistake.
    if (error instanceof SyntaxError)
      return c.json<ContentErrorBody>({ error: "badRequest", message: "The body is not JSON" }, 400);
    if (error instanceof HTTPException)
      return c.json<ContentErrorBody>({ error: "badRequest", message: error.message }, error.status);
    log(
      `error: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return c.json<ContentErrorBody>({ error: "internal", message: "The content service failed; try again" }, 500);
  });
  return app;
}
