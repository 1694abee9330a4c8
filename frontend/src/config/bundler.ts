/**
 * Where members' user operations go (ERC-4337): a bundler for the EntryPoint v0.8 on this build's
 * chain, chosen at build time (VITE_BUNDLER_URL). `npm start` runs Pimlico's Alto here beside the
 * local chain; on a real network set VITE_BUNDLER_URL to any bundler's URL (null without one:
 * members then send their own transactions).
 */
import { IS_LOCAL } from "./deployment";

export const BUNDLER_URL: string | null =
  import.meta.env.VITE_BUNDLER_URL || (IS_LOCAL ? "http://127.0.0.1:4337" : null);
