import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ContentErrorCode } from "../../../sdk/content/api";

/** A refusal the API answers with: its HTTP status, and `{ error: code, message }`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ContentErrorCode,
    message: string,
    /** Field-by-field problems of an invalid text. */
    readonly problems?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string) => new ApiError(400, "badRequest", message);
export const unauthorized = (message = "Sign in first") => new ApiError(401, "unauthorized", message);
export const forbidden = (message: string) => new ApiError(403, "forbidden", message);
export const notFound = (message: string) => new ApiError(404, "notFound", message);
export const conflict = (message: string) => new ApiError(409, "conflict", message);
