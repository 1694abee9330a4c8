import type { Hono } from "hono";
import type { ErasureLogResponse } from "../../../../sdk/content/api";
import { erasureLogRoot } from "../../../../sdk/content/erasureLog";
import { readErasureLog } from "../../erasure/log";
import { requireErasureOfficer } from "../../texts/viewer";
import { badRequest } from "../errors";
import * as parse from "../parse";
import type { Env, Services } from "../services";

export function erasureRoutes(app: Hono<Env>, s: Services): void {
  app.post("/erasure/requests", async (c) => c.json(await s.erasure.request(await c.req.json(), c.get("viewer")), 201));

  app.get("/erasure/requests", async (c) =>
    c.json({ requests: await s.erasure.requests(c.req.query("status"), c.get("viewer")) }),
  );

  app.post("/erasure/requests/:id/refuse", async (c) => {
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id)) throw badRequest("The request id must be a number");
    return c.json(await s.erasure.refuse(id, await c.req.json(), c.get("viewer")));
  });

  app.post("/erasure/texts/:commitment/erase", async (c) => {
    const commitment = parse.bytes32(c.req.param("commitment"), "commitment");
    return c.json(await s.erasure.erase(commitment, await c.req.json(), c.get("viewer")));
  });

  // Public: the log holds no personal data, and anyone may check it against the chain.
  app.get("/erasure/log", async (c) => {
    const entries = await readErasureLog(s.ctx.db);
    const anchored = await s.anchorer.latestOnChain();
    return c.json<ErasureLogResponse>({ entries, root: erasureLogRoot(entries).root, anchored });
  });

  app.post("/erasure/anchor", async (c) => {
    requireErasureOfficer(c.get("viewer"));
    return c.json(await s.anchorer.anchorNow());
  });
}
