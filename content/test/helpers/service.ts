/**
 * A content service for one suite: fresh databases of the kind under test, the test chain and
 * fund, the test accounts as moderator and erasure officer, the anchor contract, and a clock the
 * test can move. Clients sign in with real EIP-4361 signatures.
 */
import { inject } from "vitest";
import type { Account, Hex } from "viem";
import { ContentClient } from "../../../sdk/content/client";
import { startContentService, type ContentService, type StartOptions } from "../../src/service";
import { ACCOUNTS } from "./accounts";
import { CHAIN_ID } from "./chain";
import { freshDatabases, type DatabaseKind, type TestDatabases } from "./databases";

export const DAPP = { origin: "http://localhost:5173", domain: "localhost:5173" };

// The service's ports in tests (8562–8599; the chain has 8560, PostgreSQL 8561). Files run one
// at a time, each in a fresh worker, so every file starts from the first port again.
let nextPort = 8562;

export interface TestService {
  kind: DatabaseKind;
  service: ContentService;
  databases: TestDatabases;
  /** A client signed in as nobody. */
  anonymous(): ContentClient;
  /** A client signed in as `account` (an EOA's key signs). */
  signIn(account: Account): Promise<ContentClient>;
  /** Moves the service's clock forward. */
  advance(ms: number): void;
  /** Stops the service, runs `between` (a backup, say), and starts it again on the same databases. */
  restart(between?: () => void | Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function startTestService(kind: DatabaseKind, overrides: StartOptions = {}): Promise<TestService> {
  const databases = await freshDatabases(kind, inject("postgresUrl"));
  const port = nextPort++;
  if (port > 8599) throw new Error("The content tests ran out of their ports (8562–8599)");
  let offset = 0;
  const options: StartOptions = {
    port,
    database: databases.content,
    keysDatabase: databases.keys,
    rpcUrl: inject("rpcUrl"),
    chainId: CHAIN_ID,
    deploymentFile: inject("deploymentFile"),
    moderators: [ACCOUNTS.moderator.address],
    erasureOfficers: [ACCOUNTS.erasureOfficer.address],
    anchor: { privateKey: anchorKey(), contract: inject("erasureAnchor") as Hex, intervalSeconds: 0 },
    origins: [DAPP.origin],
    retentionIntervalSeconds: 0,
    now: () => new Date(Date.now() + offset),
    log: () => {},
    ...overrides,
  };
  const t: TestService = {
    kind,
    service: await startContentService(options),
    databases,
    anonymous: () => new ContentClient({ url: t.service.url }),
    async signIn(account) {
      const client = new ContentClient({ url: t.service.url });
      await client.signIn({
        address: account.address,
        chainId: CHAIN_ID,
        domain: DAPP.domain,
        uri: DAPP.origin,
        signMessage: (message) => account.signMessage!({ message }),
      });
      return client;
    },
    advance(ms) {
      offset += ms;
    },
    async restart(between) {
      await t.service.close();
      await between?.();
      t.service = await startContentService(options);
    },
    async close() {
      await t.service.close();
      await databases.drop();
    },
  };
  return t;
}

/** The anchor signer's private key (account 4 of the test mnemonic). */
function anchorKey(): Hex {
  const key = ACCOUNTS.anchorer.getHdKey().privateKey;
  if (!key) throw new Error("The anchor account has no private key");
  return `0x${Buffer.from(key).toString("hex")}`;
}
