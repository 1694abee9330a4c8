import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Unit tests of the dApp and of the shared history reader (no chain, no browser). */
export default defineConfig({
  resolve: { alias: { "@audit": fileURLToPath(new URL("../audit", import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["src/**/*.test.{ts,tsx}", "../audit/**/*.test.ts"],
    environment: "node",
  },
});
