import fs from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * A deployment record other than the generated ones (deployments/<chainId>.json), when
 * PULJE_DEPLOYMENT_FILE names one: the token-weighted demo (`PULJE_DEMO=token npm start`)
 * writes its record under .pulje/ so the default demo's committed record stays as it is.
 */
const deploymentFile = process.env.PULJE_DEPLOYMENT_FILE;
const deploymentRecord = deploymentFile ? JSON.stringify(JSON.parse(fs.readFileSync(deploymentFile, "utf8"))) : "";

export default defineConfig({
  root: here,
  plugins: [react()],
  define: { "import.meta.env.VITE_DEPLOYMENT_RECORD": JSON.stringify(deploymentRecord) },
  resolve: {
    // The SDK (ABIs, domain model, proposal builders, history reader) is shared with the harness and the audit.
    alias: { "@sdk": fileURLToPath(new URL("../sdk", import.meta.url)) },
  },
  server: {
    host: "localhost",
    port: 5173,
    strictPort: true,
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
  preview: { host: "localhost", port: 5173, strictPort: true },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 600 },
});
