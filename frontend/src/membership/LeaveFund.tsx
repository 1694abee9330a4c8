import { useState } from "react";
import { useAccount } from "wagmi";
import { useI18n } from "../i18n/I18nProvider";
import { BusyButton } from "../ui/BusyButton";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { validateLeave, type LeaveErrors } from "./leaveForm";
import { useDelegation } from "./useDelegation";
import { useMembershipActions } from "./useMembershipActions";

/**
 * A member ends their own membership (Membership.leave): what it does is said first, and the
 * member ticks that they understand before their wallet app is asked. Shown to members only.
 */
export function LeaveFund() {
  const { t, tn } = useI18n();
  const { isConnected } = useAccount();
  const { isMember, leave } = useMembershipActions();
  const d = useDelegation();
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<LeaveErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();
  if (isMember !== true) return null;

  const delegated = Boolean(d.address && d.delegate && d.delegate.toLowerCase() !== d.address.toLowerCase());
  const message = (field: keyof LeaveErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateLeave({ understood }, { connected: isConnected, isMember });
    setErrors(found);
    if (found.understood) return form.focusFirstInvalid();
    if (found.form) return;
    setBusy(true);
    const outcome = await leave();
    setBusy(false);
    if (outcome.ok) setUnderstood(false);
  };

  return (
    <section aria-labelledby="leave-title" className="leave-fund">
      <h2 id="leave-title">{t("leave.title")}</h2>
      <p>{t("leave.intro")}</p>
      <ul>
        <li>{t("leave.consequenceVote")}</li>
        <li>{t("leave.consequenceOpen")}</li>
        {delegated && <li>{t("leave.consequenceDelegate")}</li>}
        {d.delegators > 0 && <li>{tn("leave.consequenceDelegators", d.delegators, { count: d.delegators })}</li>}
        <li>{t("leave.consequenceAfter")}</li>
      </ul>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <div className={`field${errors.understood ? " field-invalid" : ""}`}>
          <label className="checkbox">
            <input
              type="checkbox"
              name="understood"
              checked={understood}
              onChange={(e) => setUnderstood(e.target.checked)}
              aria-invalid={errors.understood ? true : undefined}
              aria-describedby={errors.understood ? "leave-understood-error" : undefined}
            />{" "}
            {t("leave.understood")}
          </label>
          {errors.understood && (
            <p id="leave-understood-error" className="error" role="alert">
              {message("understood")}
            </p>
          )}
        </div>
        {errors.form && (
          <p className="error" role="alert">
            {message("form")}
          </p>
        )}
        <BusyButton type="submit" className="danger" busy={busy}>
          {t("leave.submit")}
        </BusyButton>
      </form>
    </section>
  );
}
