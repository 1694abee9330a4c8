import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages/en";

/**
 * A select of one of the contracts' fixed reason lists (a review's, a cancellation's …), each
 * named in the visitor's language by `${prefix}.${code}`; the first option asks for a choice.
 */
export function CodeSelect<C extends string>({
  codes,
  prefix,
  value,
  onChange,
  name,
  ...rest
}: {
  codes: readonly C[];
  prefix: string;
  value: "" | C;
  onChange: (code: "" | C) => void;
  name?: string;
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}) {
  const { t } = useI18n();
  return (
    <select name={name} value={value} onChange={(e) => onChange(e.target.value as "" | C)} {...rest}>
      <option value="">{t("texts.chooseReason")}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {t(`${prefix}.${code}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}
