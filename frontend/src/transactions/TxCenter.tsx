import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useQueryClient } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { getAccount, waitForTransactionReceipt } from "wagmi/actions";
import type { Hex } from "viem";
import { CHAIN_ID } from "../config/deployment";
import { PASSKEY_CONNECTOR_TYPE } from "../passkeys/passkeyConnector";
import { isRelayedOperation } from "./bySignature";
import { useI18n } from "../i18n/I18nProvider";
import type { Sentence } from "../i18n/sentence";
import { readAssetUnits } from "../treasury/readAssetUnits";
import { focusedElement } from "../ui/focus";
import { explainError, NoWalletError, WrongNetworkError, type AssetUnits } from "./explainError";
import { settleFocus } from "./settleFocus";
import { whyReverted } from "./whyReverted";

export type TxStatus = "signing" | "pending" | "confirmed" | "failed";

export interface TrackedTx {
  id: number;
  /** What is being done, said in the visitor's language whenever it is shown. */
  label: Sentence;
  status: TxStatus;
  hash?: Hex;
  /** Why it failed: explained anew in the current language each time it is shown. */
  error?: unknown;
  /** The assets' decimals, so a refusal's amounts read in whole units. */
  assets?: readonly AssetUnits[];
  /**
   * Confirmed, but what was to follow it failed (its texts not yet published): explained anew
   * in the current language beside the confirmation.
   */
  afterError?: unknown;
}

export type TxOutcome = { ok: true; hash: Hex } | { ok: false; reason: string };

export interface TrackOptions {
  /**
   * Runs once the transaction is confirmed, before the page reads the chain again (publishing
   * the texts it carries). Its failure does not undo the transaction: it becomes the note.
   */
  after?: (hash: Hex) => Promise<void>;
}

interface TxCenter {
  txs: TrackedTx[];
  /**
   * Sends a transaction and follows it to confirmation; every failure becomes a sentence. The
   * control that had focus keeps it, or focus moves to the message (see settleFocus.ts).
   */
  track(label: Sentence, send: () => Promise<Hex>, options?: TrackOptions): Promise<TxOutcome>;
  /** Removes a message; focus inside it goes back to the control it came from. */
  dismiss(id: number): void;
  /** The control a transaction was started from, while it is tracked. */
  originOf(id: number): HTMLElement | undefined;
}

const TxContext = createContext<TxCenter | null>(null);
let nextId = 0;

/** How many messages the list keeps: older ones make room. */
const KEPT = 5;

/** The id of a transaction's message, so focus can be sent to it. */
export const txMessageId = (id: number) => `tx-${id}-message`;

export function TxProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const i18n = useI18n();
  const [txs, setTxs] = useState<TrackedTx[]>([]);
  const origins = useRef(new Map<number, HTMLElement>());

  const update = useCallback((id: number, patch: Partial<TrackedTx>) => {
    // Rendered at once, so the message is in the page when focus is sent to it.
    flushSync(() => setTxs((all) => all.map((tx) => (tx.id === id ? { ...tx, ...patch } : tx))));
  }, []);

  const track = useCallback(
    async (label: Sentence, send: () => Promise<Hex>, options?: TrackOptions): Promise<TxOutcome> => {
      const id = ++nextId;
      const origin = focusedElement();
      if (origin) origins.current.set(id, origin);
      origins.current.delete(id - KEPT); // its message has made room
      setTxs((all) => [...all.slice(1 - KEPT), { id, label, status: "signing" }]);
      try {
        const account = getAccount(config);
        if (!account.isConnected) throw new NoWalletError();
        if (account.chainId !== CHAIN_ID) throw new WrongNetworkError(CHAIN_ID);
        const sent = await send();
        update(id, { status: "pending", hash: sent });
        // A passkey account's send, and a member's action sent by signature through the fund's
        // relay, give a user operation's hash: the bundler's transaction carries it.
        const userOperation = account.connector?.type === PASSKEY_CONNECTOR_TYPE || isRelayedOperation(sent);
        const hash = userOperation ? await (await import("../passkeys/sponsored")).waitForSponsored(sent) : sent;
        const receipt = await waitForTransactionReceipt(config, { hash });
        if (receipt.status !== "success") throw await whyReverted(config, hash, receipt.blockNumber);
        let afterError: unknown;
        try {
          await options?.after?.(hash);
        } catch (error) {
          afterError = error;
        }
        // Everything on screen may depend on what just happened: read it all again.
        await queryClient.invalidateQueries();
        update(id, { status: "confirmed", afterError });
        settleFocus("confirmed", origin, txMessageId(id));
        return { ok: true, hash };
      } catch (error) {
        const assets = await readAssetUnits(config, queryClient);
        update(id, { status: "failed", error, assets });
        settleFocus("failed", origin, txMessageId(id));
        return { ok: false, reason: explainError(error, i18n, CHAIN_ID, assets) };
      }
    },
    [config, queryClient, i18n, update],
  );

  const dismiss = useCallback((id: number) => {
    origins.current.delete(id);
    setTxs((all) => all.filter((tx) => tx.id !== id));
  }, []);
  const originOf = useCallback((id: number) => origins.current.get(id), []);
  const value = useMemo(() => ({ txs, track, dismiss, originOf }), [txs, track, dismiss, originOf]);
  return <TxContext.Provider value={value}>{children}</TxContext.Provider>;
}

export function useTxCenter(): TxCenter {
  const center = useContext(TxContext);
  if (!center) throw new Error("useTxCenter outside TxProvider");
  return center;
}
