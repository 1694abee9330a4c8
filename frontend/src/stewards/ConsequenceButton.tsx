import { useId, useState } from "react";

/**
 * A button with what it will do said next to it in a sentence, which screen readers read as
 * the button's description. Disabled while its transaction is on its way.
 */
export function ConsequenceButton({
  label,
  consequence,
  onClick,
  disabled,
  danger,
}: {
  label: string;
  consequence: string;
  onClick: () => Promise<unknown>;
  disabled?: boolean;
  danger?: boolean;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const press = async () => {
    setBusy(true);
    await onClick();
    setBusy(false);
  };
  return (
    <div className="consequence">
      <button
        type="button"
        className={danger ? "danger" : undefined}
        aria-describedby={id}
        disabled={disabled || busy}
        onClick={() => void press()}
      >
        {label}
      </button>
      <p id={id} className="consequence-text">
        {consequence}
      </p>
    </div>
  );
}
