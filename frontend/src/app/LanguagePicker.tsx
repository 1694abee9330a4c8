import { useEffect, useId, useState } from "react";
import { LOCALES, type Locale } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { LANGUAGE_NAMES } from "../i18n/messages/names";

/**
 * The language switch. A choice takes effect when it is confirmed with the button, not on
 * every arrow key in the list (WCAG 3.2.2: a change of setting does not change the page by
 * itself). Each language is named in itself, and marked with its own `lang`.
 */
export function LanguagePicker() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState<Locale>(locale);
  useEffect(() => setChoice(locale), [locale]);
  return (
    <form
      className="language"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice !== locale) setLocale(choice);
      }}
    >
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t("language.apply")}
      </button>
    </form>
  );
}
