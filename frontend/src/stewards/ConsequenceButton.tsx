import { useId, useState } from "react";
import { BusyButton } from "../ui/BusyButton";

/**
 * A button with what it will do said next to it in a sentence, which screen readers read as
 * the button's description. Unavailable, but still focused, while its transaction is on its way.
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
      <BusyButton
        className={danger ? "danger" : undefined}
        aria-describedby={id}
        busy={busy}
        disabled={disabled}
        onClick={() => void press()}
      >
        {label}
      </BusyButton>
      <p id={id} className="consequence-text">
        {consequence}
      </p>
    </div>
  );
}
