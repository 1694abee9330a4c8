/**
 * The content service for the task tests: the real service, in this process, reading the
 * in-process Hardhat chain through Hardhat's own JSON-RPC server (what `hardhat node` serves),
 * with its databases in memory. The tasks reach it by PULJE_CONTENT_URL, as on a real network.
 */
import fs from "node:fs";
import path from "node:path";
import hre from "hardhat";
import { JsonRpcServer } from "hardhat/internal/hardhat-network/jsonrpc/server";
import type { Address, Hex } from "viem";
import { startContentService, type ContentService } from "../../content/src/service";
import { CONTENT_SERVICE_ACCOUNT, DEMO_PEOPLE } from "../../scripts/demo/people";
import { demoWallet } from "../../scripts/lib/contentService";

/** The dApp origin the tasks sign in for (their EIP-4361 domain). */
const APP_URL = "http://localhost:5173";

export interface TaskContent {
  service: ContentService;
  close(): Promise<void>;
}

const byRole = (role: string) =>
  DEMO_PEOPLE.filter((p) => p.role === role).map((p) => demoWallet(p.index).address as Address);

/** Starts the service for the fund recorded in `deploymentsDir`, and points the tasks at it. */
export async function startTaskContent(deploymentsDir: string): Promise<TaskContent> {
  const rpc = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: hre.network.provider });
  const { port } = await rpc.listen();
  try {
    const record = JSON.parse(fs.readFileSync(path.join(deploymentsDir, "31337.json"), "utf8")) as {
      contracts: { erasureAnchor?: Address };
    };
    const anchorContract = record.contracts.erasureAnchor;
    const service = await startContentService({
      port: 0,
      rpcUrl: `http://127.0.0.1:${port}`,
      chainId: 31337,
      deploymentFile: path.join(deploymentsDir, "31337.json"),
      moderators: byRole("moderator"),
      erasureOfficers: byRole("erasureOfficer"),
      publishCompanyIdentities: true,
      anchor: anchorContract
        ? {
            privateKey: demoWallet(CONTENT_SERVICE_ACCOUNT).privateKey as Hex,
            contract: anchorContract,
            intervalSeconds: 0,
          }
        : null,
      origins: [APP_URL],
      log: () => {},
    });
    process.env.PULJE_CONTENT_URL = service.url;
    process.env.PULJE_APP_URL = APP_URL;
    return {
      service,
      async close() {
        delete process.env.PULJE_CONTENT_URL;
        delete process.env.PULJE_APP_URL;
        await service.close();
        await rpc.close();
      },
    };
  } catch (error) {
    await rpc.close();
    throw error;
  }
}
