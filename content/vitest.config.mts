import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The content service's tests, against PGlite and a throwaway PostgreSQL cluster
 * (CONTENT_DATABASES=pglite or =postgres runs one), with a local Hardhat node for the chain.
 * One file at a time: they share the chain and its accounts' nonces.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    environment: "node",
  },
});
