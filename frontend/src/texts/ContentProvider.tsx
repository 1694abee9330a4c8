import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useAccount, useConfig } from "wagmi";
import { getAccount, signMessage } from "wagmi/actions";
import type { Hex } from "viem";
import { ContentClient, type CheckedTextRecord } from "@sdk/content/client";
import { CONTENT_URL } from "../config/content";
import { CHAIN_ID } from "../config/deployment";
import { NoWalletError } from "../transactions/explainError";
import { ContentStepError } from "./contentErrors";
import { readSession, sessionFor, storeSession, type StoredSession } from "./session";
import { TextBatcher } from "./textBatcher";

interface Content {
  /** The signed-in session of the connected account, or null. */
  session: StoredSession | null;
  /** A client carrying the session's token when there is one (reads, the staff's pages), else anonymous. */
  client: ContentClient;
  /** A client signed in as the connected account: signs in first (one wallet signature) if needed. */
  signedIn(): Promise<ContentClient>;
  signOut(): Promise<void>;
  /** One text's record, looked up together with every other text the page asks for. */
  load(commitment: Hex): Promise<CheckedTextRecord>;
}

const ContentContext = createContext<Content | null>(null);

/**
 * The dApp's link to the content service: reads for everyone, and Sign-In with Ethereum
 * (EIP-4361) with the connected wallet when someone first writes a text or opens moderation.
 */
export function ContentProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { address } = useAccount();
  const [stored, setStored] = useState<StoredSession | null>(() => readSession(CONTENT_URL));
  const session = sessionFor(stored, address);
  const signingIn = useRef<Promise<ContentClient> | null>(null);

  // Reads carry the session, so authors and moderators see what only they may (a pending or hidden text).
  const reader = useMemo(() => new ContentClient({ url: CONTENT_URL, token: session?.token }), [session?.token]);
  const batcher = useMemo(() => new TextBatcher((page) => reader.lookupTexts(page)), [reader]);

  const signedIn = useCallback(async (): Promise<ContentClient> => {
    const account = getAccount(config);
    if (!account.address) throw new NoWalletError();
    const current = sessionFor(readSession(CONTENT_URL), account.address);
    if (current) return new ContentClient({ url: CONTENT_URL, token: current.token });
    // Two texts written at once share one signature.
    signingIn.current ??= (async () => {
      const client = new ContentClient({ url: CONTENT_URL });
      try {
        const answer = await client.signIn({
          address: account.address!,
          chainId: CHAIN_ID,
          domain: window.location.host,
          uri: window.location.origin,
          signMessage: (message) => signMessage(config, { account: account.address!, message }),
        });
        const next = { address: answer.address, token: answer.token, expiresAt: answer.expiresAt };
        storeSession(CONTENT_URL, next);
        setStored(next);
        return client;
      } catch (error) {
        throw new ContentStepError("signIn", error);
      } finally {
        signingIn.current = null;
      }
    })();
    return signingIn.current;
  }, [config]);

  const signOut = useCallback(async () => {
    const current = readSession(CONTENT_URL);
    storeSession(CONTENT_URL, null);
    setStored(null);
    // The token is forgotten here whatever the service says; ending it there is a courtesy.
    if (current) await new ContentClient({ url: CONTENT_URL, token: current.token }).signOut().catch(() => {});
    await queryClient.invalidateQueries({ queryKey: ["text"] });
  }, [queryClient]);

  const value = useMemo<Content>(
    () => ({ session, client: reader, signedIn, signOut, load: (c) => batcher.load(c) }),
    [session, reader, signedIn, signOut, batcher],
  );
  return <ContentContext.Provider value={value}>{children}</ContentContext.Provider>;
}

export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error("useContent outside ContentProvider");
  return content;
}
