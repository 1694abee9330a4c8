import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Unit tests of the dApp, the SDK and the audit (no chain, no browser). */
export default defineConfig({
  resolve: { alias: { "@sdk": fileURLToPath(new URL("../sdk", import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["src/**/*.test.{ts,tsx}", "../sdk/**/*.test.ts", "../audit/**/*.test.ts"],
    environment: "node",
  },
});
