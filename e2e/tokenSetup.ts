/**
 * Before the token-weighted fund's browser tests (tokenMode.e2e.ts): its own local chain with
 * the token demo seeded (config/token-demo.json; port 8557), content service (8556) and dApp
 * build served (4183), beside the citizen million's. E2E_TOKEN_CHAIN_PORT, E2E_TOKEN_CONTENT_PORT
 * and E2E_TOKEN_APP_PORT move them. The record goes to .pulje/e2e-token/, never over the
 * committed deployments/31337.json.
 */
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveDemo } from "./serveDemo";

export default function setup(project: TestProject) {
  return serveDemo(project, {
    chainPort: Number(process.env.E2E_TOKEN_CHAIN_PORT ?? 8557),
    appPort: Number(process.env.E2E_TOKEN_APP_PORT ?? 4183),
    contentPort: Number(process.env.E2E_TOKEN_CONTENT_PORT ?? 8556),
    // The token demo has no paymaster, so no bundler starts: the port is only reserved.
    bundlerPort: Number(process.env.E2E_TOKEN_BUNDLER_PORT ?? 10557),
    outDir: "dist-e2e-token",
    logName: "e2e-token",
    // The creators' fund writes in Swedish.
    contentLang: "sv",
    demo: {
      configFile: "config/token-demo.json",
      deploymentsDir: path.resolve(__dirname, "..", ".pulje", "e2e-token"),
    },
  });
}
