import type { Hono } from "hono";
import type { TextRecord } from "../../../../sdk/content/api";
import { requireSignedIn } from "../../texts/viewer";
import { badRequest, notFound } from "../errors";
import * as parse from "../parse";
import type { Env, Services } from "../services";

/** The most commitments one lookup answers (a page of the dApp). */
export const LOOKUP_LIMIT = 100;

export function textRoutes(app: Hono<Env>, s: Services): void {
  app.post("/texts", async (c) => {
    const author = requireSignedIn(c.get("viewer"));
    return c.json(await s.texts.write(author, await c.req.json()), 201);
  });

  app.post("/texts/lookup", async (c) => {
    const { commitments } = parse.object(await c.req.json(), "The request");
    if (!Array.isArray(commitments) || commitments.length > LOOKUP_LIMIT)
      throw badRequest(`commitments must be a list of at most ${LOOKUP_LIMIT}`);
    const asked = commitments.map((x, i) => parse.bytes32(x, `commitments[${i}]`));
    const records = await s.texts.records(asked, c.get("viewer"));
    const texts: TextRecord[] = records.map((r, i) => r ?? { commitment: asked[i], status: "unknown" });
    return c.json({ texts });
  });

  app.get("/texts/:commitment", async (c) => {
    const commitment = parse.bytes32(c.req.param("commitment"), "commitment");
    const [record] = await s.texts.records([commitment], c.get("viewer"));
    if (!record) throw notFound(`No text ${commitment}`);
    return c.json<TextRecord>(record);
  });

  app.post("/texts/:commitment/confirm", async (c) => {
    const commitment = parse.bytes32(c.req.param("commitment"), "commitment");
    return c.json(await s.texts.confirm(commitment, await c.req.json(), c.get("viewer")));
  });

  app.post("/texts/:commitment/withdraw", async (c) => {
    const commitment = parse.bytes32(c.req.param("commitment"), "commitment");
    return c.json(await s.texts.withdraw(commitment, c.get("viewer")));
  });
}
