import type { ErasureLogEntry } from "@sdk/content/erasureLog";
import { useI18n } from "../i18n/I18nProvider";
import { useContent } from "../texts/ContentProvider";
import { shortCommitment } from "../texts/shortCommitment";
import { useContentAction } from "../texts/useContentAction";
import { useMe } from "../texts/useMe";
import { anchorStatus } from "./anchorStatus";
import { useAnchoredRoot } from "./useAnchoredRoot";
import { BusyButton } from "../ui/BusyButton";

/**
 * Whether the chain's anchor (read here from the chain) holds the current root of the log the
 * service shows, and the button that has the service anchor it now when it does not.
 */
export function AnchorState({ entries }: { entries: readonly ErasureLogEntry[] }) {
  const { t, number } = useI18n();
  const { client } = useContent();
  const chain = useAnchoredRoot();
  const me = useMe();
  const { busy, error, run } = useContentAction();

  if (!chain.configured) return <p className="note">{t("erasure.anchor.none")}</p>;
  if (chain.error)
    return (
      <p className="load-error" role="alert">
        {t("erasure.anchor.unreadable")}
      </p>
    );
  if (!chain.anchored) return <p aria-busy="true">{t("app.loading")}</p>;

  const status = anchorStatus(entries, chain.anchored);
  const anchorNow = () => run(() => client.anchorErasureLog()).then(() => chain.refetch());
  return (
    <div className={`anchor-state anchor-${status.kind}`}>
      <p>
        {t("erasure.anchor.onChain", {
          entries: number(chain.anchored.entries),
          root: shortCommitment(chain.anchored.root),
        })}
      </p>
      <p role="status">
        {status.kind === "current" && t("erasure.anchor.current", { entries: number(status.entries) })}
        {status.kind === "behind" &&
          t("erasure.anchor.behind", { anchored: number(status.anchored), entries: number(status.entries) })}
        {status.kind === "diverged" && t("erasure.anchor.diverged")}
        {status.kind === "broken" && t("erasure.anchor.broken")}
      </p>
      {status.kind === "behind" && me?.erasureOfficer && (
        <BusyButton type="button" busy={busy} onClick={() => void anchorNow()}>
          {t("erasure.anchor.now")}
        </BusyButton>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
