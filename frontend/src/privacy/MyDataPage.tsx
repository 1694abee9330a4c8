import { useAccount } from "wagmi";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "../texts/ContentProvider";
import { useContentAction } from "../texts/useContentAction";
import { useMe } from "../texts/useMe";
import { addressLabel } from "../ui/AddressText";
import { usePageTitle } from "../ui/usePageTitle";
import { downloadJson } from "./downloadJson";
import { SignInPrompt } from "./SignInPrompt";
import { BusyButton } from "../ui/BusyButton";

/**
 * A member's own data in the text service: who they are signed in as, with which roles, and
 * the download of everything the service holds about them (GDPR Art. 15) as a JSON file.
 */
export default function MyDataPage() {
  const { t } = useI18n();
  usePageTitle(t("myData.title"));
  const { address } = useAccount();
  const { session, client, signOut } = useContent();
  const me = useMe();
  const { busy, error, run } = useContentAction();

  const download = () =>
    run(async () => {
      const data = await client.exportMine();
      downloadJson(`pulje-my-data-${data.address.toLowerCase()}.json`, data);
    });

  return (
    <section aria-labelledby="my-data-title">
      <h1 id="my-data-title">{t("myData.title")}</h1>
      <p>{t("myData.intro")}</p>
      {!session || !address ? (
        <SignInPrompt />
      ) : (
        <>
          <p>{t("myData.signedInAs", { name: addressLabel(address) })}</p>
          {me && (me.moderator || me.erasureOfficer) && (
            <p>
              {t("myData.roles", {
                roles: [
                  me.moderator && t("wallet.role.moderator"),
                  me.erasureOfficer && t("wallet.role.erasureOfficer"),
                ]
                  .filter(Boolean)
                  .join(", "),
              })}
            </p>
          )}
          <p className="help">{t("myData.downloadHelp")}</p>
          <div className="button-row">
            <BusyButton type="button" busy={busy} onClick={() => void download()}>
              {t("myData.download")}
            </BusyButton>
            <button type="button" className="secondary" onClick={() => void signOut()}>
              {t("myData.signOut")}
            </button>
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
