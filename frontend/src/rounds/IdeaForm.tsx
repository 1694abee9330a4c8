import { useRef, useState } from "react";
import { useAccount } from "wagmi";
import { CHAIN_ID } from "../config/deployment";
import { parseAmountInput } from "../governance/grantForm";
import { useI18n } from "../i18n/I18nProvider";
import { useAssetFormat } from "../treasury/useAssetFormat";
import { Field } from "../ui/Field";
import { useDraft } from "../ui/useDraft";
import { EMPTY_IDEA, ideaDistrict, validateIdea, type IdeaDraft, type IdeaErrors } from "./ideaForm";
import type { RoundMe, RoundView } from "./useRound";
import { useRoundActions } from "./useRoundActions";
import { BusyButton } from "../ui/BusyButton";

const FIELD_ORDER: (keyof IdeaDraft)[] = ["district", "cost", "title", "description"];

/** The ideas-phase form: the draft is kept in the browser until the idea is on chain. */
export function IdeaForm({ round, me, district }: { round: RoundView; me: RoundMe | null; district: number }) {
  const { t, unit } = useI18n();
  const { isConnected } = useAccount();
  const money = useAssetFormat(round.asset);
  const { submitIdea } = useRoundActions(round.listing.address);
  const { draft, update, clear } = useDraft<IdeaDraft>(
    `pulje.draft.idea.${CHAIN_ID}.${round.listing.address}`,
    EMPTY_IDEA,
  );
  const [errors, setErrors] = useState<IdeaErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const context = {
    connected: isConnected,
    memberDistrict: me?.member?.district ?? null,
    anyMemberMaySubmit: round.rules.anyMemberMaySubmit,
    maxIdeasPerDistrict: round.rules.maxIdeasPerDistrict,
    decimals: money.decimals,
    districts: round.districts.map((d) => ({
      id: d.id,
      name: d.name,
      budget: d.budget,
      budgetText: money.format(d.budget),
      ideaCount: d.ideas.length,
    })),
  };
  // Without a choice of its own, the form takes the member's district (where they may send
  // ideas), or the district being viewed when the round lets members send anywhere.
  const own = me?.member?.district;
  const fallback = !round.rules.anyMemberMaySubmit && own !== undefined ? own : district;
  const chosen = draft.district === "" ? { ...draft, district: String(fallback) } : draft;
  const target = round.districts.find((d) => d.id === ideaDistrict(chosen, context));
  const message = (field: keyof IdeaErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateIdea(chosen, context);
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    if (found.form || !target) return;
    setBusy(true);
    const outcome = await submitIdea(
      target.id,
      parseAmountInput(chosen.cost, money.decimals)!,
      chosen.title.trim(),
      chosen.description.trim(),
    );
    setBusy(false);
    // On failure — the text service, the wallet or the chain — the draft stays, and the reason
    // is in the transaction list.
    if (outcome.ok) clear();
  };

  return (
    <section aria-labelledby="idea-form-title" className="card idea-form">
      <h3 id="idea-form-title">{t("ideaForm.title")}</h3>
      <p>{t("ideaForm.intro")}</p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("ideaForm.district")} error={message("district")}>
          <select name="district" value={chosen.district} onChange={(e) => update("district", e.target.value)}>
            {round.districts.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t("ideaForm.cost", { symbol: unit(money.symbol) })}
          help={target ? t("ideaForm.costHelp", { amount: money.format(target.budget) }) : undefined}
          error={message("cost")}
        >
          <input
            name="cost"
            inputMode="decimal"
            autoComplete="off"
            value={draft.cost}
            onChange={(e) => update("cost", e.target.value)}
          />
        </Field>
        <Field label={t("ideaForm.titleField")} error={message("title")}>
          <input name="title" maxLength={120} value={draft.title} onChange={(e) => update("title", e.target.value)} />
        </Field>
        <Field label={t("ideaForm.description")} error={message("description")}>
          <textarea
            name="description"
            rows={5}
            maxLength={4000}
            value={draft.description}
            onChange={(e) => update("description", e.target.value)}
          />
        </Field>
        {errors.form && (
          <p className="error" role="alert">
            {message("form")}
          </p>
        )}
        <p className="note">{t("ideaForm.draftSaved")}</p>
        <div className="form-buttons">
          <BusyButton type="submit" busy={busy}>
            {t("ideaForm.submit")}
          </BusyButton>
          <button type="button" className="secondary" onClick={() => (clear(), setErrors({}))}>
            {t("ideaForm.clear")}
          </button>
        </div>
      </form>
    </section>
  );
}
