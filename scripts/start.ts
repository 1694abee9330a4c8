/**
 * `npm start`: the local demo, end to end.
 *
 * 1. compiles the contracts and builds the dApp;
 * 2. starts a Hardhat node on 127.0.0.1:8545, backdated 30 days so the seeded history ends
 *    today, deploys config/demo.json, starts the content service on 127.0.0.1:8580 (texts off
 *    chain, PGlite in .pulje/content-8580), Pimlico's Alto bundler on 127.0.0.1:4337 when the
 *    fund has a paymaster (ERC-4337: members' operations, their gas paid by the fund), and seeds
 *    a realistic history through them (the `demo` task, which prints the addresses and accounts);
 * 3. serves the dApp on http://localhost:5173;
 * 4. runs until Ctrl-C, then stops the chain, the bundler, the content service and the web
 *    server together.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { HARDHAT, killGroup, startLocalChain, waitFor } from "./lib/localChain";

const ROOT = path.resolve(__dirname, "..");
const VITE = path.join(ROOT, "node_modules", ".bin", "vite");
const LOG_DIR = path.join(ROOT, ".pulje");
const DAPP_URL = "http://localhost:5173";
// The dApp is built with these defaults (VITE_CONTENT_URL, VITE_BUNDLER_URL); change both together.
const CONTENT_PORT = 8580;
const BUNDLER_PORT = 4337;

const running: ChildProcess[] = [];
let stopping = false;

function stop(reason: string, code: number): never {
  if (!stopping) {
    stopping = true;
    if (reason) console.log(`\n${reason}`);
    for (const child of running) {
      child.removeAllListeners("exit");
      killGroup(child);
    }
  }
  process.exit(code);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) stop(`${path.basename(command)} ${args.join(" ")} failed`, 1);
}

async function pageAnswers(): Promise<boolean> {
  try {
    return (await fetch(DAPP_URL, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

async function main() {
  const stopping = "Stopping the chain, the bundler, the content service and the web server.";
  process.on("SIGINT", () => stop(stopping, 0));
  process.on("SIGTERM", () => stop(stopping, 0));

  run(HARDHAT, ["compile", "--quiet"]);
  run(VITE, ["build", "--config", "frontend/vite.config.ts", "--logLevel", "warn"]);

  console.log("Starting the local chain and seeding the demo…");
  const chain = await startLocalChain({
    port: 8545,
    backdateDays: 30,
    demo: {
      contentPort: CONTENT_PORT,
      bundlerPort: BUNDLER_PORT,
      appUrls: [DAPP_URL, "http://127.0.0.1:5173"],
      showOutput: true,
    },
    intervalMiningMs: 5_000,
    logFile: path.join(LOG_DIR, "hardhat-node.log"),
  });
  running.push(chain.node);
  chain.node.on("exit", (code) => stop(`The chain stopped (exit ${code}); see .pulje/hardhat-node.log`, code ?? 1));
  const bundler = chain.bundler;
  if (bundler) {
    running.push(bundler.process);
    bundler.process.on("exit", (code) =>
      stop(`The bundler stopped (exit ${code}); see .pulje/bundler-${BUNDLER_PORT}.log`, code ?? 1),
    );
  }
  const content = chain.content!;
  running.push(content.process);
  content.process.on("exit", (code) =>
    stop(`The content service stopped (exit ${code}); see .pulje/content-${CONTENT_PORT}.log`, code ?? 1),
  );

  fs.mkdirSync(LOG_DIR, { recursive: true });
  const log = fs.openSync(path.join(LOG_DIR, "dapp.log"), "w");
  const web = spawn(VITE, ["preview", "--config", "frontend/vite.config.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
  });
  running.push(web);
  web.on("exit", (code) => stop(`The web server stopped (exit ${code}); see .pulje/dapp.log`, code ?? 1));
  await waitFor(pageAnswers, "The web server", 30);

  console.log(
    [
      "",
      `Open ${DAPP_URL} and press "Connect wallet": pick one of the demo accounts above`,
      "(members vote and propose, the registrar admits, the guardian can veto), or use a",
      `browser wallet on ${chain.url} (chain id 31337).`,
      `Texts people write are kept off chain by the content service at ${content.url}; the`,
      "moderator (#27) and the data-protection adviser (#28) manage them from the dApp.",
      ...(bundler
        ? [
            `Members' operations go to the bundler (Alto) at ${bundler.url}; the fund's paymaster pays`,
            "their gas, so passkey members vote with 0 ETH.",
          ]
        : []),
      "Steward tasks work against the same chain, e.g.: npx hardhat status --network localhost",
      `Logs: .pulje/hardhat-node.log, .pulje/content-${CONTENT_PORT}.log${bundler ? `, .pulje/bundler-${BUNDLER_PORT}.log` : ""} and .pulje/dapp.log.`,
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
}

main().catch((error: unknown) => stop(error instanceof Error ? error.message : String(error), 1));
