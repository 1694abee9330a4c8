/** The audit tool's disk cache of finished block ranges (Node only; the dApp keeps none). */
import fs from "node:fs";
import path from "node:path";
import { keccak256, toBytes, type Address } from "viem";
import { contractKinds } from "../sdk/contracts/kinds";
import { type FundDeployment } from "../sdk/deployment";
import type { CachedRange, HistoryCache } from "../sdk/history/reader";
import { LEDGER_VERSION } from "../sdk/history/ledger";
import { packEntries, unpackEntries, type PackedEntries } from "../sdk/history/cache/packedEntries";

/**
 * What a range file holds, and in which format. Version 1 held the raw logs (a bare JSON
 * array), which every run decoded again; version 2 holds the decoded ledger entries, packed
 * (audit/packedEntries.ts), so a warm run only parses them. The ledger's own version is part of it: entries cached by an older
 * decoder are read again from the chain, never mistaken for today's.
 */
const FORMAT = { format: 2, ledger: LEDGER_VERSION } as const;
/** Every range file starts with exactly this, so another format is recognised before parsing it. */
const HEADER = JSON.stringify(FORMAT).slice(0, -1) + ",";

interface RangeFile {
  rounds: Address[];
  pools: Address[];
  entries: PackedEntries;
}

/** The range's rounds, pools and entries, or null when the file was written in another format. */
function readRange(file: string): Pick<CachedRange, "rounds" | "pools" | "entries"> | null {
  const text = fs.readFileSync(file, "utf8");
  if (!text.startsWith(HEADER)) return null;
  const { rounds, pools, entries } = JSON.parse(text) as RangeFile;
  return { rounds, pools, entries: unpackEntries(entries) };
}

/** Writes via a temporary file and a rename, so an interrupted run never leaves half a file. */
function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/**
 * One folder per chain and set of contracts; one file per finished block range
 * (`<from>-<to>.json`, its ledger entries), plus the block times. A second run reads only new blocks; an
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
      .flatMap((f) => {
        const [from, to] = f.replace(".json", "").split("-");
        const content = readRange(path.join(this.dir, f));
        // A file of another format is left out: the history reads that range from the chain
        // again and saves it over the old file.
        return content ? [{ fromBlock: BigInt(from), toBlock: BigInt(to), ...content }] : [];
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

  async saveRange({ fromBlock, toBlock, rounds, pools, entries }: CachedRange): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    const content: RangeFile = { rounds, pools, entries: packEntries(entries) };
    writeAtomically(path.join(this.dir, `${fromBlock}-${toBlock}.json`), JSON.stringify({ ...FORMAT, ...content }));
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
