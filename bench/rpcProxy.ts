/**
 * A counting JSON-RPC proxy for the dApp benchmark: forwards every HTTP request to the node
 * unchanged and counts what the dApp asked for. Counting at the wire (rather than in the
 * page) sees exactly what a hosted RPC provider would bill and rate-limit.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RpcCounts {
  /** JSON-RPC POSTs: what the dApp's transport sends (a batch travels as one). */
  httpRequests: number;
  /** CORS preflights (OPTIONS) the browser sends before them; not JSON-RPC, so counted apart. */
  preflights: number;
  /** JSON-RPC calls: a batch counts its length. */
  rpcCalls: number;
  /** Calls per method, methods in alphabetical order (so two runs' JSON compare line by line). */
  byMethod: Record<string, number>;
}

export interface RpcProxy {
  url: string;
  /** Forgets everything counted so far. */
  reset(): void;
  counts(): RpcCounts;
  /** Resolves once nothing is in flight and nothing has arrived for `quietMs`. */
  quiet(quietMs: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** The methods of a JSON-RPC request body: one for a single call, one per entry of a batch. */
export function rpcMethods(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return ["(not JSON)"];
  }
  const calls: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  return calls.map((call) =>
    typeof call === "object" && call !== null && "method" in call && typeof call.method === "string"
      ? call.method
      : "(no method)",
  );
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** Sends the request on to the node as it came and the node's answer back as it came. */
function forward(
  target: URL,
  agent: http.Agent,
  request: http.IncomingMessage,
  body: Buffer,
  response: http.ServerResponse,
): Promise<void> {
  return new Promise((resolve) => {
    const upstream = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: request.url,
        method: request.method,
        headers: { ...request.headers, host: target.host },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on("end", resolve);
        answer.on("error", resolve);
      },
    );
    upstream.on("error", (error) => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(`proxy: ${error.message}`);
      resolve();
    });
    upstream.end(body);
  });
}

function emptyCounts(): RpcCounts {
  return { httpRequests: 0, preflights: 0, rpcCalls: 0, byMethod: {} };
}

export async function startRpcProxy(targetUrl: string, port: number): Promise<RpcProxy> {
  const target = new URL(targetUrl);
  // Keep-alive to the node, so the proxy adds no connection setup to the dApp's timings.
  const agent = new http.Agent({ keepAlive: true });
  let counts = emptyCounts();
  let inFlight = 0;
  let lastActivity = Date.now();

  const count = (method: string | undefined, body: Buffer) => {
    if (method === "OPTIONS") {
      counts.preflights++;
      return;
    }
    counts.httpRequests++;
    for (const name of rpcMethods(body.toString("utf8"))) {
      counts.rpcCalls++;
      counts.byMethod[name] = (counts.byMethod[name] ?? 0) + 1;
    }
  };

  const server = http.createServer((request, response) => {
    inFlight++;
    lastActivity = Date.now();
    readBody(request)
      .then((body) => {
        count(request.method, body);
        return forward(target, agent, request, body, response);
      })
      .catch(() => response.destroy())
      .finally(() => {
        inFlight--;
        lastActivity = Date.now();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    reset: () => {
      counts = emptyCounts();
    },
    counts: () => ({
      ...counts,
      byMethod: Object.fromEntries(Object.entries(counts.byMethod).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    }),
    quiet: async (quietMs, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() > deadline) throw new Error(`The dApp's RPC traffic did not settle within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
