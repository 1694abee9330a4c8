import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { getAccount, waitForTransactionReceipt } from "wagmi/actions";
import type { Hex } from "viem";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { readAssetUnits } from "../treasury/readAssetUnits";
import { explainError, NoWalletError, WrongNetworkError } from "./explainError";

export type TxStatus = "signing" | "pending" | "confirmed" | "failed";

export interface TrackedTx {
  id: number;
  label: string;
  status: TxStatus;
  hash?: Hex;
  reason?: string;
  /** Said beside a confirmed transaction: what did not follow it (a text not yet published). */
  note?: string;
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
  /** Sends a transaction and follows it to confirmation; every failure becomes a sentence. */
  track(label: string, send: () => Promise<Hex>, options?: TrackOptions): Promise<TxOutcome>;
  dismiss(id: number): void;
}

const TxContext = createContext<TxCenter | null>(null);
let nextId = 0;

export function TxProvider({ children }: { children: ReactNode }) {
  const config = useConfig();
  const queryClient = useQueryClient();
  const i18n = useI18n();
  const [txs, setTxs] = useState<TrackedTx[]>([]);

  const update = useCallback((id: number, patch: Partial<TrackedTx>) => {
    setTxs((all) => all.map((tx) => (tx.id === id ? { ...tx, ...patch } : tx)));
  }, []);

  const track = useCallback(
    async (label: string, send: () => Promise<Hex>, options?: TrackOptions): Promise<TxOutcome> => {
      const id = ++nextId;
      setTxs((all) => [...all.slice(-4), { id, label, status: "signing" }]);
      try {
        const account = getAccount(config);
        if (!account.isConnected) throw new NoWalletError();
        if (account.chainId !== CHAIN_ID) throw new WrongNetworkError(CHAIN_ID);
        const hash = await send();
        update(id, { status: "pending", hash });
        const receipt = await waitForTransactionReceipt(config, { hash });
        if (receipt.status !== "success") throw new Error(`Transaction ${hash} reverted`);
        let note: string | undefined;
        try {
          await options?.after?.(hash);
        } catch (error) {
          note = explainError(error, i18n, CHAIN_ID);
        }
        update(id, { status: "confirmed", note });
        // Everything on screen may depend on what just happened: read it all again.
        await queryClient.invalidateQueries();
        return { ok: true, hash };
      } catch (error) {
        // The assets' decimals, so a refusal's amounts read in whole units.
        const reason = explainError(error, i18n, CHAIN_ID, await readAssetUnits(config, queryClient));
        update(id, { status: "failed", reason });
        return { ok: false, reason };
      }
    },
    [config, queryClient, i18n, update],
  );

  const dismiss = useCallback((id: number) => setTxs((all) => all.filter((tx) => tx.id !== id)), []);
  const value = useMemo(() => ({ txs, track, dismiss }), [txs, track, dismiss]);
  return <TxContext.Provider value={value}>{children}</TxContext.Provider>;
}

export function useTxCenter(): TxCenter {
  const center = useContext(TxContext);
  if (!center) throw new Error("useTxCenter outside TxProvider");
  return center;
}
