import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Browser end-to-end tests: Debian's chromium driven by playwright-core, against a build of the
 * dApp served by `vite preview` and a local Hardhat node with the seeded demo. One file at a
 * time, since they share the chain (each file snapshots and restores it).
 */
export default defineConfig({
  resolve: { alias: { "@sdk": fileURLToPath(new URL("../sdk", import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["**/*.e2e.{ts,tsx}"],
    globalSetup: ["globalSetup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    environment: "node",
  },
});
