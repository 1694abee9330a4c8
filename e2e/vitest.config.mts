import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Browser end-to-end tests: Debian's chromium driven by playwright-core, against a build of the
 * dApp served by `vite preview` and a local Hardhat node with a seeded demo. One file at a
 * time, since they share the chain (each file snapshots and restores it). Two projects, each
 * with its demo: the citizen million (membership) for most files, and the creators' fund that
 * votes by token for tokenMode.e2e.ts. A project's demo is only started when one of its files runs.
 */
const TOKEN_FILES = ["tokenMode.e2e.ts"];

export default defineConfig({
  resolve: { alias: { "@sdk": fileURLToPath(new URL("../sdk", import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "membership",
          include: ["**/*.e2e.{ts,tsx}"],
          exclude: ["**/node_modules/**", ...TOKEN_FILES],
          globalSetup: ["globalSetup.ts"],
        },
      },
      {
        extends: true,
        test: { name: "token", include: TOKEN_FILES, globalSetup: ["tokenSetup.ts"] },
      },
    ],
  },
});
