/**
 * Before the browser tests: a fresh local chain with the seeded demo (port 8547), its content
 * service (port 8546) and its bundler (Alto, port 10547, when the fund has a paymaster), the dApp
 * built for them, and `vite preview` serving that build (port 4173). After: all of it stopped.
 * E2E_CHAIN_PORT, E2E_CONTENT_PORT, E2E_BUNDLER_PORT and E2E_APP_PORT move them, so two
 * checkouts can run their browser tests at once.
 */
import type { TestProject } from "vitest/node";
import { serveDemo } from "./serveDemo";

const CHAIN_PORT = Number(process.env.E2E_CHAIN_PORT ?? 8547);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
const CONTENT_PORT = Number(process.env.E2E_CONTENT_PORT ?? 8546);
// The bundler (Alto) beside the chain: E2E_BUNDLER_PORT, or the chain's port + 2000.
const BUNDLER_PORT = Number(process.env.E2E_BUNDLER_PORT ?? CHAIN_PORT + 2000);
export const E2E_RPC_URL = `http://127.0.0.1:${CHAIN_PORT}`;
export const E2E_APP_URL = `http://127.0.0.1:${APP_PORT}`;

export default function setup(project: TestProject) {
  return serveDemo(project, {
    chainPort: CHAIN_PORT,
    appPort: APP_PORT,
    contentPort: CONTENT_PORT,
    bundlerPort: BUNDLER_PORT,
    outDir: "dist-e2e",
    logName: "e2e",
    // The demo's members write in Danish: texts too short to tell are marked lang="da".
    contentLang: "da",
  });
}
