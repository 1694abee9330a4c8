import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { explainError } from "../transactions/explainError";
import { ContentStepError } from "./contentErrors";

/** A content service failure in the visitor's words (the service's error code, or no answer). */
export function useContentErrorText(): (error: unknown) => string {
  const i18n = useI18n();
  return (error) => explainError(new ContentStepError("moderate", error), i18n, CHAIN_ID);
}

/**
 * Runs one request to the content service from a button (hide, erase, ask for erasure …):
 * busy while it runs, its failure said in words, and every text and log the page shows read
 * again afterwards, since the request may have changed what they say. What was chosen in the
 * form stays, so a failed request can be sent again as it was.
 */
export function useContentAction() {
  const queryClient = useQueryClient();
  const explain = useContentErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["text"] }),
        queryClient.invalidateQueries({ queryKey: ["content"] }),
      ]);
      return true;
    } catch (e) {
      setError(explain(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
