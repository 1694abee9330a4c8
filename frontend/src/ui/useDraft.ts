import { useCallback, useEffect, useState } from "react";

/**
 * Form state kept in localStorage under `key`, so nothing typed is lost on a reload, a
 * rejected signature or a revert. Cleared only when the form succeeds or the user asks.
 */
/** Said on window when a draft is cleared, with its storage key. */
const DRAFT_CLEARED = "pulje:draft-cleared";

export function useDraft<T extends object>(key: string, empty: T) {
  const [draft, setDraft] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored ? { ...empty, ...(JSON.parse(stored) as Partial<T>) } : empty;
    } catch {
      return empty;
    }
  });
  useEffect(() => {
    localStorage.setItem(key, JSON.stringify(draft));
  }, [key, draft]);
  const update = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => setDraft((d) => ({ ...d, [field]: value })),
    [],
  );
  // A form can be mounted again while its transaction is on its way (the page reads the chain
  // anew): the copy mounted meanwhile read the draft before it was sent. Every copy of the same
  // draft hears that it was cleared, so none writes the sent text back.
  useEffect(() => {
    const onCleared = (e: Event) => {
      if ((e as CustomEvent<string>).detail === key) setDraft(empty);
    };
    window.addEventListener(DRAFT_CLEARED, onCleared);
    return () => window.removeEventListener(DRAFT_CLEARED, onCleared);
  }, [key, empty]);
  const clear = useCallback(() => {
    localStorage.removeItem(key);
    setDraft(empty);
    window.dispatchEvent(new CustomEvent(DRAFT_CLEARED, { detail: key }));
  }, [key, empty]);
  return { draft, update, clear };
}
