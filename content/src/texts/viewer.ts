import type { Address } from "viem";
import { forbidden, unauthorized } from "../http/errors";

/** Who is asking, as far as reading and changing texts goes. */
export interface Viewer {
  /** The signed-in account (lower case), or null for the public. */
  address: Address | null;
  moderator: boolean;
  erasureOfficer: boolean;
  /** Holds the payee registry's verifier role (asked of the chain only when it matters). */
  isVerifier(): Promise<boolean>;
}

export const PUBLIC_VIEWER: Viewer = {
  address: null,
  moderator: false,
  erasureOfficer: false,
  isVerifier: async () => false,
};

export function requireSignedIn(viewer: Viewer): Address {
  if (!viewer.address) throw unauthorized();
  return viewer.address;
}

export function requireModerator(viewer: Viewer): Address {
  const address = requireSignedIn(viewer);
  if (!viewer.moderator) throw forbidden("Only a moderator does this");
  return address;
}

export function requireErasureOfficer(viewer: Viewer): Address {
  const address = requireSignedIn(viewer);
  if (!viewer.erasureOfficer) throw forbidden("Only an erasure officer does this");
  return address;
}
