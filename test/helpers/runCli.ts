import { spawn } from "node:child_process";
import path from "node:path";
import hre from "hardhat";
import { JsonRpcServer } from "hardhat/internal/hardhat-network/jsonrpc/server";

/** What a steward sees: the exit code, and what was printed on stdout and on stderr. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Cli {
  /** `npx hardhat --network localhost <args>` in a child process, against the test's chain. */
  run(args: readonly string[]): Promise<CliRun>;
  close(): Promise<void>;
}

const ROOT = path.join(__dirname, "../..");
const HARDHAT = require.resolve("hardhat/internal/cli/bootstrap.js");

/**
 * Hardhat's own command line, as stewards run the tasks: a separate process that reaches the
 * in-process chain through Hardhat's JSON-RPC server (what `hardhat node` serves) and finds the
 * fund in `deploymentsDir`. Only the command line prints a failure and sets the exit code, so
 * only it can show that a failure is one sentence and nothing more.
 */
export async function startCli(deploymentsDir: string): Promise<Cli> {
  const rpc = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: hre.network.provider });
  const { port } = await rpc.listen();
  const env = { ...process.env, LOCAL_RPC_URL: `http://127.0.0.1:${port}`, PULJE_DEPLOYMENTS_DIR: deploymentsDir };
  return {
    run: (args) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [HARDHAT, "--network", "localhost", ...args], { cwd: ROOT, env });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout, stderr }));
      }),
    close: () => rpc.close(),
  };
}
