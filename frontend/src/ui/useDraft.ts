import { useCallback, useEffect, useState } from "react";

/**
 * Form state kept in localStorage under `key`, so nothing typed is lost on a reload, a
 * rejected signature or a revert. Cleared only when the form succeeds or the user asks.
 */
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
  const clear = useCallback(() => {
    localStorage.removeItem(key);
    setDraft(empty);
  }, [key, empty]);
  return { draft, update, clear };
}
