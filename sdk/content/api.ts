/**
 * What the content service's HTTP API takes and returns (content/, docs/content-service.md).
 * The typed client (./client.ts) and the service itself both use these shapes.
 */
import type { Address, Hex } from "viem";
import type { ErasureGrounds, ErasureRefusal, HideReason } from "./codes";
import type { ErasureLogEntry } from "./erasureLog";
import type { TextKind } from "./kinds";

/** Where a text is in its life: written, on chain, hidden by a moderator, taken back by its author, erased. */
export type TextStatus = "pending" | "published" | "hidden" | "withdrawn" | "erased";

/** Everything needed to recompute a text's commitment (sdk/content/commitment.ts), and its language. */
export interface TextContents {
  kind: TextKind;
  chainId: number;
  contract: Address;
  objectId: Hex;
  version: number;
  salt: Hex;
  fields: Record<string, string>;
  /** A BCP 47 tag: "da", "sv", "nb", "en" … */
  language: string;
}

/** What the service says about one commitment, for the one asking. */
export type TextRecord =
  | { commitment: Hex; status: "published"; publishedAt: string; yours: boolean; text: TextContents }
  /** Published, but not for the one asking (a payee's identity). */
  | { commitment: Hex; status: "restricted"; kind: TextKind; publishedAt: string }
  /** Written, not yet confirmed on chain: shown to its author only. */
  | { commitment: Hex; status: "pending"; createdAt: string; yours: true; text: TextContents }
  /** The text only for moderators and its author. */
  | { commitment: Hex; status: "hidden"; reason: HideReason; hiddenAt: string; yours: boolean; text?: TextContents }
  /** The text only for its author. */
  | { commitment: Hex; status: "withdrawn"; withdrawnAt: string; yours: boolean; text?: TextContents }
  | { commitment: Hex; status: "erased"; erasedAt: string }
  /** The service holds nothing under this commitment (a lookup's answer; a single read is a 404). */
  | { commitment: Hex; status: "unknown" };

export interface WriteTextRequest {
  kind: TextKind;
  /** The contract whose event will carry the commitment. */
  contract: Address;
  fields: Record<string, string>;
  language: string;
  /** Present: a new version of a text object of the same author (a revised reason, say). */
  objectId?: Hex;
}

/** What to put on chain: the commitment; the rest lets the writer recompute it. */
export interface WriteTextResponse {
  commitment: Hex;
  objectId: Hex;
  version: number;
  salt: Hex;
}

export interface SignInResponse {
  /** The bearer token for `Authorization: Bearer …` (the service keeps only its hash). */
  token: string;
  address: Address;
  expiresAt: string;
}

/** Who the signed-in caller is to the service. */
export interface MeResponse {
  address: Address;
  moderator: boolean;
  erasureOfficer: boolean;
  /** Holds the payee registry's verifier role (read on chain). */
  verifier: boolean;
  sessionExpiresAt: string;
}

export type ModerationAction = "hide" | "unhide" | "withdraw";

export interface ModerationLogEntry {
  id: number;
  commitment: Hex;
  action: ModerationAction;
  /** The moderator, or the author for a withdrawal. */
  actor: Address;
  reason: HideReason | null;
  at: string;
}

export type ErasureRequestStatus = "open" | "erased" | "refused";

export interface ErasureRequest {
  id: number;
  commitment: Hex;
  grounds: ErasureGrounds;
  requestedBy: Address;
  requestedAt: string;
  status: ErasureRequestStatus;
  decidedBy: Address | null;
  decidedAt: string | null;
  refusal: ErasureRefusal | null;
}

/** The log, its root, and the latest root on chain (null when no anchor contract is configured). */
export interface ErasureLogResponse {
  entries: ErasureLogEntry[];
  root: Hex;
  anchored: { root: Hex; entries: number } | null;
}

export interface AnchorResponse {
  /** False when the chain already had the log's root (nothing new to anchor). */
  anchored: boolean;
  root: Hex;
  entries: number;
  txHash: Hex | null;
}

/** One text in an access export: its place and state, and its contents unless erased. */
export interface ExportedText {
  commitment: Hex;
  kind: TextKind;
  chainId: number;
  contract: Address;
  objectId: Hex;
  version: number;
  language: string;
  status: TextStatus;
  createdAt: string;
  publishedAt: string | null;
  statusChangedAt: string;
  hiddenReason: HideReason | null;
  txHash: Hex | null;
  /** Absent for an erased text. */
  salt?: Hex;
  fields?: Record<string, string>;
}

/** GDPR Art. 15: everything the service holds about the caller. */
export interface AccessExport {
  address: Address;
  exportedAt: string;
  texts: ExportedText[];
  erasureRequests: ErasureRequest[];
  /** Moderation-log entries about the caller's texts, and those the caller made. */
  moderation: ModerationLogEntry[];
  sessions: { createdAt: string; expiresAt: string }[];
}

/** Every error the service answers with, as `{ error, message }`. */
export type ContentErrorCode =
  | "badRequest"
  | "invalidText"
  | "unauthorized"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "nonceInvalid"
  | "signatureInvalid"
  | "receiptNotFound"
  | "transactionFailed"
  | "commitmentNotInTransaction"
  | "anchorNotConfigured"
  | "internal";

export interface ContentErrorBody {
  error: ContentErrorCode;
  message: string;
}
