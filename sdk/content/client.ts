/**
 * The typed client of the content service (content/), for the dApp, the harness and the tests.
 * Runs in the browser and in Node (fetch only). Every text it returns has been checked against
 * the commitment it was asked for: a text whose recomputed commitment differs comes back as
 * `{ status: "mismatch" }`, never as text — the service can withhold a text, not forge one.
 */
import { createSiweMessage } from "viem/siwe";
import type { Address, Hex } from "viem";
import type {
  AccessExport,
  AnchorResponse,
  ContentErrorBody,
  ContentErrorCode,
  ErasureLogResponse,
  ErasureRequest,
  ErasureRequestStatus,
  MeResponse,
  ModerationLogEntry,
  SignInResponse,
  TextRecord,
  WriteTextRequest,
  WriteTextResponse,
} from "./api";
import type { ErasureGrounds, ErasureRefusal, HideReason } from "./codes";
import { textCommitment, type CommittedText } from "./commitment";

/** The service's most commitments in one lookup. */
export const LOOKUP_PAGE = 100;

/** A record as the client hands it on: the service's, or a mismatch it caught. */
export type CheckedTextRecord = TextRecord | { commitment: Hex; status: "mismatch" };

/** An answer of the service that is an error: its HTTP status and error code. */
export class ContentServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: ContentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ContentServiceError";
  }
}

export interface ContentClientOptions {
  /** The service's base URL, e.g. http://127.0.0.1:8580. */
  url: string;
  /** A session token from an earlier sign-in. */
  token?: string | null;
  fetch?: typeof fetch;
}

export interface SignInParameters {
  address: Address;
  chainId: number;
  /** The dApp's host (and port), as EIP-4361 wants it: the service accepts only its own dApps'. */
  domain: string;
  /** The dApp's URL. */
  uri: string;
  statement?: string;
  /** Signs the EIP-4361 message (EIP-191 personal_sign): a wallet, a smart account, a local key. */
  signMessage: (message: string) => Promise<Hex>;
}

export class ContentClient {
  private readonly url: string;
  private readonly fetcher: typeof fetch;
  /** The session's bearer token, or null when signed out. */
  token: string | null;

  constructor(options: ContentClientOptions) {
    this.url = options.url.replace(/\/+$/, "");
    this.token = options.token ?? null;
    this.fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /* ---------------------------------- sign-in ---------------------------------- */

  /** Asks for a nonce, has the account sign the EIP-4361 message, and keeps the session's token. */
  async signIn(p: SignInParameters): Promise<SignInResponse> {
    const { nonce } = await this.call<{ nonce: string }>("POST", "/auth/nonce");
    const message = createSiweMessage({
      address: p.address,
      chainId: p.chainId,
      domain: p.domain,
      uri: p.uri,
      nonce,
      version: "1",
      issuedAt: new Date(),
      statement: p.statement ?? "Sign in to the fund's texts.",
    });
    const signature = await p.signMessage(message);
    const session = await this.call<SignInResponse>("POST", "/auth/verify", { message, signature });
    this.token = session.token;
    return session;
  }

  async signOut(): Promise<void> {
    if (!this.token) return;
    await this.call("POST", "/auth/signout");
    this.token = null;
  }

  me(): Promise<MeResponse> {
    return this.call("GET", "/me");
  }

  /* ----------------------------------- texts ----------------------------------- */

  /** Stores a text as pending; put the returned commitment on chain, then confirm it. */
  writeText(request: WriteTextRequest): Promise<WriteTextResponse> {
    return this.call("POST", "/texts", request);
  }

  /** Publishes a pending text once `txHash` put its commitment on chain. */
  confirmText(commitment: Hex, txHash: Hex): Promise<TextRecord> {
    return this.call("POST", `/texts/${commitment}/confirm`, { txHash });
  }

  /** What the service holds under `commitment`, checked against it. */
  async readText(commitment: Hex): Promise<CheckedTextRecord> {
    try {
      return checkedRecord(commitment, await this.call<TextRecord>("GET", `/texts/${commitment}`));
    } catch (error) {
      if (error instanceof ContentServiceError && error.code === "notFound") return { commitment, status: "unknown" };
      throw error;
    }
  }

  /** Many commitments at once, in pages of 100, each checked; answers in the order asked. */
  async lookupTexts(commitments: readonly Hex[]): Promise<CheckedTextRecord[]> {
    const records: CheckedTextRecord[] = [];
    for (let start = 0; start < commitments.length; start += LOOKUP_PAGE) {
      const page = commitments.slice(start, start + LOOKUP_PAGE);
      const { texts } = await this.call<{ texts: TextRecord[] }>("POST", "/texts/lookup", { commitments: page });
      page.forEach((commitment, i) => records.push(checkedRecord(commitment, texts[i])));
    }
    return records;
  }

  /** The author takes a text back: it is no longer shown (to anyone else). */
  withdrawText(commitment: Hex): Promise<TextRecord> {
    return this.call("POST", `/texts/${commitment}/withdraw`);
  }

  /* --------------------------------- moderation -------------------------------- */

  hideText(commitment: Hex, reason: HideReason): Promise<TextRecord> {
    return this.call("POST", `/moderation/texts/${commitment}/hide`, { reason });
  }

  unhideText(commitment: Hex): Promise<TextRecord> {
    return this.call("POST", `/moderation/texts/${commitment}/unhide`);
  }

  async moderationLog(): Promise<ModerationLogEntry[]> {
    return (await this.call<{ entries: ModerationLogEntry[] }>("GET", "/moderation/log")).entries;
  }

  /* ---------------------------------- erasure ---------------------------------- */

  /** The author asks for a text to be erased, on the grounds they name. */
  requestErasure(commitment: Hex, grounds: ErasureGrounds): Promise<ErasureRequest> {
    return this.call("POST", "/erasure/requests", { commitment, grounds });
  }

  async erasureRequests(status?: ErasureRequestStatus): Promise<ErasureRequest[]> {
    const query = status ? `?status=${status}` : "";
    return (await this.call<{ requests: ErasureRequest[] }>("GET", `/erasure/requests${query}`)).requests;
  }

  refuseErasure(requestId: number, refusal: ErasureRefusal): Promise<ErasureRequest> {
    return this.call("POST", `/erasure/requests/${requestId}/refuse`, { refusal });
  }

  /** The erasure officer erases a text (answering `requestId` if given) on the grounds checked. */
  eraseText(commitment: Hex, grounds: ErasureGrounds, requestId?: number): Promise<TextRecord> {
    return this.call("POST", `/erasure/texts/${commitment}/erase`, { grounds, requestId });
  }

  erasureLog(): Promise<ErasureLogResponse> {
    return this.call("GET", "/erasure/log");
  }

  /** Anchors the erasure log's root on chain now, if it has entries the chain lacks. */
  anchorErasureLog(): Promise<AnchorResponse> {
    return this.call("POST", "/erasure/anchor");
  }

  /* ----------------------------------- access ---------------------------------- */

  /** GDPR Art. 15: everything the service holds about the signed-in account. */
  exportMine(): Promise<AccessExport> {
    return this.call("GET", "/me/export");
  }

  private async call<T = unknown>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await this.fetcher(`${this.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json().catch(() => null)) as unknown;
    if (!response.ok) {
      const error = payload as Partial<ContentErrorBody> | null;
      throw new ContentServiceError(
        response.status,
        error?.error ?? "internal",
        error?.message ?? `The content service answered ${response.status}`,
      );
    }
    return payload as T;
  }
}

/**
 * The record the service gave for `asked`, if every text in it recomputes to `asked`; otherwise
 * a mismatch. Compares with the commitment asked for (read from the chain), not the one the
 * service echoes.
 */
export function checkedRecord(asked: Hex, record: TextRecord | undefined): CheckedTextRecord {
  if (!record || record.commitment.toLowerCase() !== asked.toLowerCase())
    return { commitment: asked, status: "mismatch" };
  if (!("text" in record) || !record.text) return record;
  try {
    const committed = record.text as unknown as CommittedText;
    return textCommitment(committed).toLowerCase() === asked.toLowerCase()
      ? record
      : { commitment: asked, status: "mismatch" };
  } catch {
    return { commitment: asked, status: "mismatch" };
  }
}
