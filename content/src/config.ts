/**
 * The content service's configuration: the options `startContentService` takes, and how the
 * process reads them from environment variables (docs/content-service.md lists each).
 */
import path from "node:path";
import { getAddress, isAddress, isHex, type Address, type Hex } from "viem";
import type { DatabaseTarget } from "./db/database";

export interface AnchorOptions {
  /** The private key of the account holding ErasureAnchor's ANCHOR_ROLE. */
  privateKey: Hex;
  /** The ErasureAnchor contract. */
  contract: Address;
  /** Anchor new entries this often (seconds); 0 anchors only on demand. */
  intervalSeconds: number;
}

export interface ContentServiceOptions {
  /** 0 listens on any free port (the service reports which). */
  port: number;
  host: string;
  /** The texts, sessions, logs: PostgreSQL by URL, PGlite in a directory, or PGlite in memory. */
  database: DatabaseTarget;
  /** The texts' data keys: a separate database, never the same one. */
  keysDatabase: DatabaseTarget;
  /** The fund's chain: receipts, clones, verifier roles, smart-account signatures. */
  rpcUrl: string;
  chainId: number;
  /** deployments/<chainId>.json: the fund's contracts. */
  deploymentFile: string;
  moderators: readonly Address[];
  erasureOfficers: readonly Address[];
  /** Companies' identities (PayeeAttested kind 0) are public; sole traders' never are. */
  publishCompanyIdentities: boolean;
  anchor: AnchorOptions | null;
  /** The dApps allowed to call (CORS) and to ask for sign-in (their hosts are the SIWE domains). */
  origins: readonly string[];
  /** How long a session lasts. */
  sessionHours: number;
  /** How long a sign-in nonce may wait for its signature. */
  nonceMinutes: number;
  /** Pending texts nobody confirmed are deleted after this long. */
  pendingRetentionHours: number;
  /** How often retention runs (seconds); 0 only on demand. */
  retentionIntervalSeconds: number;
}

export const DEFAULTS = {
  port: 8580,
  host: "127.0.0.1",
  rpcUrl: "http://127.0.0.1:8545",
  chainId: 31337,
  origins: ["http://localhost:5173", "http://127.0.0.1:5173"],
  sessionHours: 12,
  nonceMinutes: 10,
  pendingRetentionHours: 24,
  retentionIntervalSeconds: 600,
  anchorIntervalSeconds: 3600,
  dataDir: ".pulje/content",
} as const;

const ROOT = path.resolve(__dirname, "..", "..");

/** Options from environment variables, with the defaults above for what is not set. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ContentServiceOptions {
  const chainId = numberVar(env, "CHAIN_ID", DEFAULTS.chainId);
  const dataDir = env.CONTENT_DATA_DIR ?? path.join(ROOT, DEFAULTS.dataDir);
  const database: DatabaseTarget = env.DATABASE_URL ? { url: env.DATABASE_URL } : { dir: dataDir };
  const keysDatabase: DatabaseTarget = env.KEYS_DATABASE_URL
    ? { url: env.KEYS_DATABASE_URL }
    : { dir: env.CONTENT_KEYS_DIR ?? `${dataDir.replace(/\/+$/, "")}-keys` };
  if ("url" in database && !("url" in keysDatabase))
    throw new Error("DATABASE_URL is set: set KEYS_DATABASE_URL too (a database of its own for the text keys)");
  const anchorKey = env.ANCHOR_KEY;
  const anchorContract = env.ANCHOR_CONTRACT;
  if (Boolean(anchorKey) !== Boolean(anchorContract))
    throw new Error("ANCHOR_KEY and ANCHOR_CONTRACT go together: set both or neither");
  return checkedOptions({
    port: numberVar(env, "CONTENT_PORT", DEFAULTS.port),
    host: env.CONTENT_HOST ?? DEFAULTS.host,
    database,
    keysDatabase,
    rpcUrl: env.RPC_URL ?? DEFAULTS.rpcUrl,
    chainId,
    deploymentFile: env.DEPLOYMENT_FILE ?? path.join(ROOT, "deployments", `${chainId}.json`),
    moderators: addressList(env.CONTENT_MODERATORS, "CONTENT_MODERATORS"),
    erasureOfficers: addressList(env.CONTENT_ERASURE_OFFICERS, "CONTENT_ERASURE_OFFICERS"),
    publishCompanyIdentities: booleanVar(env, "CONTENT_PUBLISH_COMPANY_IDENTITIES"),
    anchor:
      anchorKey && anchorContract
        ? {
            privateKey: anchorKey as Hex,
            contract: anchorContract as Address,
            intervalSeconds: numberVar(env, "ANCHOR_INTERVAL_SECONDS", DEFAULTS.anchorIntervalSeconds),
          }
        : null,
    origins: env.CONTENT_ORIGINS ? listVar(env.CONTENT_ORIGINS) : DEFAULTS.origins,
    sessionHours: numberVar(env, "CONTENT_SESSION_HOURS", DEFAULTS.sessionHours),
    nonceMinutes: DEFAULTS.nonceMinutes,
    pendingRetentionHours: numberVar(env, "CONTENT_PENDING_RETENTION_HOURS", DEFAULTS.pendingRetentionHours),
    retentionIntervalSeconds: DEFAULTS.retentionIntervalSeconds,
  });
}

/** `options` with addresses checksummed, or an error naming what is wrong. */
export function checkedOptions(options: ContentServiceOptions): ContentServiceOptions {
  const same = (a: DatabaseTarget, b: DatabaseTarget) => JSON.stringify(a) === JSON.stringify(b);
  if (same(options.database, options.keysDatabase) && !("memory" in options.database))
    throw new Error("The key store must be a database of its own, not the content database");
  if (options.anchor && !(isHex(options.anchor.privateKey) && options.anchor.privateKey.length === 66))
    throw new Error("The anchor key is not a 32-byte hex private key");
  if (options.anchor && !isAddress(options.anchor.contract))
    throw new Error(`The anchor contract ${options.anchor.contract} is not an address`);
  for (const origin of options.origins) new URL(origin); // throws on a malformed origin
  return {
    ...options,
    moderators: options.moderators.map((a) => getAddress(a)),
    erasureOfficers: options.erasureOfficers.map((a) => getAddress(a)),
    anchor: options.anchor ? { ...options.anchor, contract: getAddress(options.anchor.contract) } : null,
  };
}

function listVar(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function addressList(value: string | undefined, name: string): Address[] {
  return listVar(value ?? "").map((a) => {
    if (!isAddress(a)) throw new Error(`${name}: ${a} is not an address`);
    return getAddress(a);
  });
}

function numberVar(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new Error(`${name}: ${value} is not a whole number`);
  return number;
}

function booleanVar(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name];
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new Error(`${name}: ${value} is not true or false`);
}
