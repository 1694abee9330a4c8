import { useCallback, useEffect, useRef, useState } from "react";

/**
 * After a form's check finds mistakes, focus goes to the first field in error, so a keyboard
 * or screen-reader user lands where the message is, as in the grant form. Fields say they
 * are in error with aria-invalid (Field sets it), so the first one is found once the errors
 * are rendered: call `focusFirstInvalid()` when setting them, and put `ref` on the form.
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests]);
  const focusFirstInvalid = useCallback(() => setRequests((n) => n + 1), []);
  return { ref, focusFirstInvalid };
}
