/** The audit tool's disk cache of finished block ranges (Node only; the dApp keeps none). */
import fs from "node:fs";
import path from "node:path";
import { keccak256, toBytes, type Hex, type Log } from "viem";
import { contractKinds, type FundDeployment } from "./fund";
import type { HistoryCache } from "./history";

interface StoredLog {
  address: string;
  blockNumber: string;
  blockHash: string | null;
  logIndex: number;
  transactionHash: string;
  transactionIndex: number | null;
  data: string;
  topics: string[];
}

function store(log: Log): StoredLog {
  return {
    address: log.address,
    blockNumber: String(log.blockNumber),
    blockHash: log.blockHash,
    logIndex: log.logIndex ?? 0,
    transactionHash: log.transactionHash ?? "0x",
    transactionIndex: log.transactionIndex,
    data: log.data,
    topics: log.topics,
  };
}

function restore(stored: StoredLog): Log {
  return {
    address: stored.address as Hex,
    blockNumber: BigInt(stored.blockNumber),
    blockHash: stored.blockHash as Hex | null,
    logIndex: stored.logIndex,
    transactionHash: stored.transactionHash as Hex,
    transactionIndex: stored.transactionIndex,
    data: stored.data as Hex,
    topics: stored.topics as [Hex, ...Hex[]],
    removed: false,
  } as Log;
}

/** Writes via a temporary file and a rename, so an interrupted run never leaves half a file. */
function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/**
 * One folder per chain and set of contracts; one file per finished block range
 * (`<from>-<to>.json`), plus the block times. A second run reads only new blocks; an
 * interrupted run resumes after the last range it finished.
 */
export class FileHistoryCache implements HistoryCache {
  readonly dir: string;

  constructor(root: string, deployment: FundDeployment) {
    const addresses = [...contractKinds(deployment.contracts).keys()].sort().join(",");
    const key = keccak256(toBytes(`${deployment.deploymentBlock}:${addresses}`)).slice(2, 14);
    this.dir = path.join(root, String(deployment.chainId), key);
  }

  async load() {
    if (!fs.existsSync(this.dir)) return { ranges: [], timestamps: [] as [bigint, number][] };
    const ranges = fs
      .readdirSync(this.dir)
      .filter((f) => /^\d+-\d+\.json$/.test(f))
      .map((f) => {
        const [from, to] = f.replace(".json", "").split("-");
        const logs = (JSON.parse(fs.readFileSync(path.join(this.dir, f), "utf8")) as StoredLog[]).map(restore);
        return { fromBlock: BigInt(from), toBlock: BigInt(to), logs };
      });
    const blocksFile = path.join(this.dir, "blocks.json");
    const timestamps = fs.existsSync(blocksFile)
      ? (Object.entries(JSON.parse(fs.readFileSync(blocksFile, "utf8")) as Record<string, number>).map(([b, t]) => [
          BigInt(b),
          t,
        ]) as [bigint, number][])
      : [];
    return { ranges, timestamps };
  }

  async saveRange(fromBlock: bigint, toBlock: bigint, logs: Log[]): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    writeAtomically(path.join(this.dir, `${fromBlock}-${toBlock}.json`), JSON.stringify(logs.map(store)));
  }

  async saveTimestamps(timestamps: ReadonlyMap<bigint, number>): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    const sorted = [...timestamps].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    writeAtomically(
      path.join(this.dir, "blocks.json"),
      JSON.stringify(Object.fromEntries(sorted.map(([b, t]) => [String(b), t]))),
    );
  }
}
