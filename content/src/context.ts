import type { ContentServiceOptions } from "./config";
import type { FundChain } from "./chain/fundChain";
import type { Database } from "./db/database";
import type { KeyStore } from "./keys/keyStore";

/** What every part of the service works with. */
export interface Context {
  db: Database;
  keys: KeyStore;
  chain: FundChain;
  options: ContentServiceOptions;
  /** The clock (tests move it forward to see retention and expiry). */
  now: () => Date;
}
