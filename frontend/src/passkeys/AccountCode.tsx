import { renderSVG } from "uqr";
import { accountCode } from "@sdk/accounts/accountCode";
import type { Address } from "viem";
import { useI18n } from "../i18n/I18nProvider";

/**
 * An account as the registrar needs it: a QR code of its address (for a camera) and the same
 * address as a grouped code with a check (to read out or type). Drawn as SVG, black on white,
 * with the quiet zone scanners need.
 */
export function AccountCode({ address }: { address: Address }) {
  const { t } = useI18n();
  const code = accountCode(address);
  const svg = renderSVG(address, { border: 2, pixelSize: 6, whiteColor: "#ffffff", blackColor: "#000000" });
  return (
    <figure className="account-code">
      <img src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} alt={t("account.qr", { code })} width={240} />
      <figcaption>
        <span>{t("account.code")}</span> <code data-testid="account-code">{code}</code>
      </figcaption>
    </figure>
  );
}
