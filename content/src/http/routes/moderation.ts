import type { Hono } from "hono";
import * as parse from "../parse";
import type { Env, Services } from "../services";

export function moderationRoutes(app: Hono<Env>, s: Services): void {
  app.post("/moderation/texts/:commitment/hide", async (c) => {
    const commitment = parse.bytes32(c.req.param("commitment"), "commitment");
    return c.json(await s.moderation.hide(commitment, await c.req.json(), c.get("viewer")));
  });

  app.post("/moderation/texts/:commitment/unhide", async (c) => {
    const commitment = parse.bytes32(c.req.param("commitment"), "commitment");
    return c.json(await s.moderation.unhide(commitment, c.get("viewer")));
  });

  app.get("/moderation/log", async (c) => c.json({ entries: await s.moderation.log(c.get("viewer")) }));
}
