/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CHAIN_ID?: string;
  readonly VITE_RPC_URL?: string;
  readonly VITE_CONTENT_URL?: string;
  /** The ERC-4337 bundler members' operations go to (Alto beside the local chain in the demo). */
  readonly VITE_BUNDLER_URL?: string;
  /** The language the fund's members write in (en, sv, da or nb), for texts whose language cannot be guessed. */
  readonly VITE_CONTENT_LANG?: string;
}
