/**
 * JSON-RPC plumbing for the audit benchmark: plain calls and batches to the local node (to
 * generate a history fast), and a fetch that counts what the audit sends (to measure it).
 */

export interface RpcCall {
  method: string;
  params: unknown[];
}

interface RpcReply {
  id: number;
  result?: unknown;
  error?: { message: string; data?: unknown };
}

/**
 * Sends `calls` as JSON-RPC batches of `batchSize` and returns their results in order. One HTTP
 * request carries many transactions, which is what makes tens of thousands of them quick.
 * Throws on the first error, naming the call.
 */
export async function rpcBatch(url: string, calls: readonly RpcCall[], batchSize = 500): Promise<unknown[]> {
  const results: unknown[] = [];
  for (let start = 0; start < calls.length; start += batchSize) {
    const chunk = calls.slice(start, start + batchSize);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(chunk.map((call, i) => ({ jsonrpc: "2.0", id: i, ...call }))),
    });
    if (!response.ok) throw new Error(`JSON-RPC batch: HTTP ${response.status}`);
    const replies = (await response.json()) as RpcReply[];
    const byId = new Map(replies.map((r) => [r.id, r]));
    chunk.forEach((call, i) => {
      const reply = byId.get(i);
      if (!reply) throw new Error(`${call.method}: no reply in the batch`);
      if (reply.error) throw new Error(`${call.method}: ${reply.error.message}`);
      results.push(reply.result);
    });
  }
  return results;
}

export async function rpc(url: string, method: string, params: unknown[] = []): Promise<unknown> {
  const [result] = await rpcBatch(url, [{ method, params }]);
  return result;
}

/** What a client sent: HTTP requests (a batch is one) and JSON-RPC calls per method. */
export interface RpcCounts {
  httpRequests: number;
  rpcCalls: number;
  byMethod: Record<string, number>;
  /** Wall time with at least one request awaiting its response (headers), in seconds. */
  waitingSeconds: number;
}

type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for viem's http transport that counts each request and the methods in its body
 * (a single call or a batch), and the time spent waiting on the node. Only the request is
 * read, so the timing is not disturbed by parsing responses twice.
 */
export function countingFetch(): { fetchFn: FetchFn; counts: RpcCounts } {
  const counts: RpcCounts = { httpRequests: 0, rpcCalls: 0, byMethod: {}, waitingSeconds: 0 };
  let inFlight = 0;
  let since = 0;
  const fetchFn: FetchFn = async (input, init) => {
    counts.httpRequests++;
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : [];
    for (const call of Array.isArray(body) ? body : [body]) {
      const method = (call as { method?: unknown }).method;
      if (typeof method !== "string") continue;
      counts.rpcCalls++;
      counts.byMethod[method] = (counts.byMethod[method] ?? 0) + 1;
    }
    // Overlapping requests count once: this is the time the audit could not be working.
    if (inFlight++ === 0) since = performance.now();
    try {
      return await fetch(input, init);
    } finally {
      if (--inFlight === 0) counts.waitingSeconds += (performance.now() - since) / 1000;
    }
  };
  return { fetchFn, counts };
}
