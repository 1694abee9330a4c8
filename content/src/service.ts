/**
 * Starts the content service: opens (and migrates) the content database and the key store,
 * connects to the fund's chain, serves the HTTP API, and runs retention and anchoring on their
 * intervals. `npm run content` runs it as a process (./main.ts); scripts, tests and the
 * benchmark start it in-process with `startContentService`.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createAdaptorServer } from "@hono/node-server";
import type { DeploymentRecord } from "../../sdk/deployment";
import { checkedOptions, DEFAULTS, type ContentServiceOptions } from "./config";
import { FundChain, fundChainDefinition, readDeploymentFile } from "./chain/fundChain";
import type { Context } from "./context";
import { describeTarget, openDatabase, type Database } from "./db/database";
import { migrate, MIGRATIONS_DIR } from "./db/migrate";
import { Anchorer } from "./erasure/anchor";
import { Erasure } from "./erasure/erasure";
import { verifyErasureLog } from "./erasure/log";
import { createApp } from "./http/app";
import { KeyStore } from "./keys/keyStore";
import { Moderation } from "./moderation/moderation";
import { purgeExpired, type Purged } from "./retention";
import { Texts } from "./texts/texts";
import type { AnchorResponse } from "../../sdk/content/api";

export type StartOptions = Partial<ContentServiceOptions> & {
  /** The deployment record itself, instead of reading `deploymentFile`. */
  deployment?: DeploymentRecord;
  /** The clock (tests). */
  now?: () => Date;
  log?: (line: string) => void;
};

export interface ContentService {
  url: string;
  port: number;
  options: ContentServiceOptions;
  /** The databases, chain and clock the service works with (for tests and the benchmark). */
  context: Context;
  purgeExpired(now?: Date): Promise<Purged>;
  anchorNow(): Promise<AnchorResponse>;
  /** What is wrong with the stored erasure log (`[]` when it verifies). */
  verifyErasureLog(): Promise<string[]>;
  close(): Promise<void>;
}

/** The options with defaults for what is not given: PGlite in memory, the local chain. */
export function withDefaults(options: StartOptions): ContentServiceOptions {
  const chainId = options.chainId ?? DEFAULTS.chainId;
  return checkedOptions({
    port: options.port ?? DEFAULTS.port,
    host: options.host ?? DEFAULTS.host,
    database: options.database ?? { memory: true },
    keysDatabase: options.keysDatabase ?? { memory: true },
    rpcUrl: options.rpcUrl ?? DEFAULTS.rpcUrl,
    chainId,
    deploymentFile: options.deploymentFile ?? path.resolve(__dirname, "..", "..", "deployments", `${chainId}.json`),
    moderators: options.moderators ?? [],
    erasureOfficers: options.erasureOfficers ?? [],
    publishCompanyIdentities: options.publishCompanyIdentities ?? false,
    anchor: options.anchor ?? null,
    origins: options.origins ?? DEFAULTS.origins,
    sessionHours: options.sessionHours ?? DEFAULTS.sessionHours,
    nonceMinutes: options.nonceMinutes ?? DEFAULTS.nonceMinutes,
    pendingRetentionHours: options.pendingRetentionHours ?? DEFAULTS.pendingRetentionHours,
    retentionIntervalSeconds: options.retentionIntervalSeconds ?? DEFAULTS.retentionIntervalSeconds,
  });
}

export async function startContentService(start: StartOptions = {}): Promise<ContentService> {
  const options = withDefaults(start);
  const log = start.log ?? ((line: string) => console.log(`[content] ${line}`));
  const record = start.deployment ?? readDeploymentFile(options.deploymentFile, options.chainId);
  const chain = new FundChain(fundChainDefinition(options.chainId, options.rpcUrl), record);
  await chain.check();

  const opened: Database[] = [];
  const closeDatabases = () => Promise.all(opened.map((d) => d.close()));
  try {
    const db = await openDatabase(options.database);
    opened.push(db);
    const keysDb = await openDatabase(options.keysDatabase);
    opened.push(keysDb);
    for (const [name, database, dir] of [
      ["content", db, MIGRATIONS_DIR.content],
      ["keys", keysDb, MIGRATIONS_DIR.keys],
    ] as const) {
      const applied = await migrate(database, dir);
      if (applied.length > 0) log(`${name} database: applied ${applied.join(", ")}`);
    }
    const context: Context = { db, keys: new KeyStore(keysDb), chain, options, now: start.now ?? (() => new Date()) };
    const texts = new Texts(context);
    const services = {
      ctx: context,
      texts,
      moderation: new Moderation(context, texts),
      erasure: new Erasure(context, texts),
      anchorer: new Anchorer(context),
    };
    const server = createAdaptorServer({ fetch: createApp(services, log).fetch });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;

    const timers: NodeJS.Timeout[] = [];
    const every = (seconds: number, what: string, work: () => Promise<unknown>) => {
      if (seconds <= 0) return;
      const timer = setInterval(
        () => void work().catch((e: unknown) => log(`${what} failed: ${String(e)}`)),
        seconds * 1000,
      );
      timer.unref();
      timers.push(timer);
    };
    await purgeExpired(context);
    every(options.retentionIntervalSeconds, "retention", () => purgeExpired(context));
    if (options.anchor) every(options.anchor.intervalSeconds, "anchoring", () => services.anchorer.anchorNow());

    const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`;
    log(`serving on ${url}; texts: ${describeTarget(options.database)}; keys: ${describeTarget(options.keysDatabase)}`);
    return {
      url,
      port,
      options,
      context,
      purgeExpired: (now) => purgeExpired(context, now),
      anchorNow: () => services.anchorer.anchorNow(),
      verifyErasureLog: () => verifyErasureLog(db),
      async close() {
        timers.forEach(clearInterval);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; end them.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await closeDatabases();
      },
    };
  } catch (error) {
    await closeDatabases();
    throw error;
  }
}
