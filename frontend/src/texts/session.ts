/**
 * The content service's session token, kept for the browser tab's session (sessionStorage):
 * a reload does not ask for another signature, closing the tab forgets it. One per account
 * and service, so switching accounts never writes as the wrong person.
 */
import type { Address } from "viem";

export interface StoredSession {
  address: Address;
  token: string;
  expiresAt: string;
}

const keyOf = (service: string) => `pulje.content.session.${service}`;

export function readSession(service: string, now = Date.now()): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(keyOf(service));
    if (!raw) return null;
    const session = JSON.parse(raw) as StoredSession;
    return Date.parse(session.expiresAt) > now ? session : null;
  } catch {
    return null;
  }
}

export function storeSession(service: string, session: StoredSession | null): void {
  try {
    if (session) sessionStorage.setItem(keyOf(service), JSON.stringify(session));
    else sessionStorage.removeItem(keyOf(service));
  } catch {
    // A browser that refuses storage still has the session for this page's life.
  }
}

/** The session when it belongs to `account` (the connected one), else null. */
export function sessionFor(session: StoredSession | null, account: Address | undefined): StoredSession | null {
  return session && account && session.address.toLowerCase() === account.toLowerCase() ? session : null;
}
