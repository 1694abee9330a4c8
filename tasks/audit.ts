import fs from "node:fs";
import path from "node:path";
import { HardhatPluginError } from "hardhat/plugins";
import { task, types } from "hardhat/config";
import { plainErrors } from "./context";

interface AuditArgs {
  out: string;
  format: string;
  separator: string;
  cacheDir: string;
  noCache: boolean;
  range: number;
  reorgDepth: number;
  voteTimes: boolean;
  content: string;
}

task("audit", "Rebuilds the fund's history from the chain alone, checks it, and writes CSV, JSON and Markdown")
  .addOptionalParam("out", "Folder for the report files", "audit-report")
  .addOptionalParam("format", "Which files: any of csv,json,md", "csv,json,md")
  .addOptionalParam(
    "separator",
    'CSV separator: "," or ";" (";" also writes decimal commas, for Nordic spreadsheets)',
    ",",
  )
  .addOptionalParam("cacheDir", "Where fetched logs are cached between runs", ".pulje/audit-cache")
  .addFlag("noCache", "Read everything from the chain again")
  .addOptionalParam("range", "Blocks per eth_getLogs request (halved when a provider refuses)", 10_000, types.int)
  .addOptionalParam("reorgDepth", "Blocks behind the tip before a range is cached", 12, types.int)
  .addFlag("voteTimes", "Also date every vote (one block header per vote; by default votes carry their block number)")
  .addOptionalParam(
    "content",
    "The content service whose public texts the exports write beside their commitments (default PULJE_CONTENT_URL; none: commitments only)",
    "",
  )
  .setAction(
    plainErrors(async (args: AuditArgs, hre) => {
      const { createPublicClient, custom, http } = await import("viem");
      const { readDeployment } = await import("../deploy/deployments");
      const { auditFund } = await import("../audit/audit");
      const { FileHistoryCache } = await import("../audit/fileCache");
      const { summaryMarkdown } = await import("../audit/summary");
      const { toCsv, toJson } = await import("../sdk/history/export");
      const { exportCommitments, publicTexts } = await import("../sdk/history/exportTexts");
      const { ContentClient } = await import("../sdk/content/client");

      if (args.separator !== "," && args.separator !== ";")
        throw new Error(`--separator must be "," or ";", got "${args.separator}"`);
      const formats = args.format.split(",").map((f) => f.trim());
      const unknown = formats.filter((f) => !["csv", "json", "md"].includes(f));
      if (unknown.length > 0) throw new Error(`--format: unknown ${unknown.join(", ")} (use csv, json, md)`);

      const chainId = Number((await hre.ethers.provider.getNetwork()).chainId);
      const deployment = readDeployment(chainId, process.env.PULJE_DEPLOYMENTS_DIR || undefined);

      // Any network Hardhat knows: its URL, or the in-process provider for the "hardhat" network.
      const networkConfig = hre.network.config as { url?: string };
      const client = createPublicClient({
        transport: networkConfig.url
          ? http(networkConfig.url, { batch: true, retryCount: 0 })
          : custom(hre.network.provider),
      });

      let last = -1;
      const result = await auditFund(client, deployment, {
        cache: args.noCache ? undefined : new FileHistoryCache(args.cacheDir, deployment),
        rangeSize: BigInt(args.range),
        reorgDepth: BigInt(args.reorgDepth),
        ...(args.voteTimes ? { blockTimes: true } : {}),
        onProgress: (done, total) => {
          const percent = Number((done * 100n) / total);
          if (percent !== last) process.stderr.write(`\rReading history: ${percent} % of ${total} blocks`);
          last = percent;
        },
      });
      if (last >= 0) process.stderr.write("\n");

      const summary = summaryMarkdown(result);
      const context = {
        assets: result.assets,
        districts: deployment.config.districts,
        texts: new Map<string, string>(),
      };
      // The checks ran on the chain alone; the texts only fill the exports' text column.
      const contentUrl = args.content || process.env.PULJE_CONTENT_URL;
      if (contentUrl && (formats.includes("csv") || formats.includes("json"))) {
        try {
          const client = new ContentClient({ url: contentUrl });
          context.texts = await publicTexts(client, exportCommitments(result.entries, context));
        } catch (error) {
          process.stderr.write(
            `Texts left out of the exports: the content service at ${contentUrl} did not answer (${(error as Error).message})\n`,
          );
        }
      }
      fs.mkdirSync(args.out, { recursive: true });
      const written: string[] = [];
      const write = (name: string, content: string) => {
        fs.writeFileSync(path.join(args.out, name), content);
        written.push(path.join(args.out, name));
      };
      if (formats.includes("csv")) write("ledger.csv", toCsv(result.entries, context, { separator: args.separator }));
      if (formats.includes("json")) write("ledger.json", toJson(result.entries, context));
      if (formats.includes("md")) write("summary.md", summary + "\n");
      console.log(summary);
      console.log(`Wrote ${written.join(", ")}`);
      if (!result.passed) {
        const failed = result.checks.filter((c) => !c.passed).map((c) => c.id);
        throw new HardhatPluginError(
          "pulje",
          `The audit found problems: check ${failed.join(", ")} failed (see above).`,
        );
      }
      return result;
    }),
  );
