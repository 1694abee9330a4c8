import type { ReactNode } from "react";
import type { MeResponse } from "@sdk/content/api";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "../texts/ContentProvider";
import { useMe } from "../texts/useMe";
import { SignInPrompt } from "./SignInPrompt";

/**
 * A staff page's content for those with its role (read from the service), a sign-in for those
 * not signed in, and a plain sentence for the rest. The service refuses them anyway; this
 * only spares them a page of errors.
 */
export function StaffGate({ role, children }: { role: "moderator" | "erasureOfficer"; children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useContent();
  const me: MeResponse | null = useMe();
  if (!session) return <SignInPrompt />;
  if (!me) return <p aria-busy="true">{t("app.loading")}</p>;
  if (!me[role]) return <p className="note">{t(`staff.notAllowed.${role}`)}</p>;
  return <>{children}</>;
}
