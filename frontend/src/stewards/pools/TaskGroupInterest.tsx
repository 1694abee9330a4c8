import { useAccount } from "wagmi";
import { useI18n } from "../../i18n/I18nProvider";
import { useTextString } from "../../texts/useTextString";
import { AddressText, addressLabel } from "../../ui/AddressText";
import { BusyButton } from "../../ui/BusyButton";
import { useState } from "react";
import { useHoldsMembership } from "./useHoldsMembership";
import { usePoolActions } from "./usePoolActions";
import type { Pool } from "./usePools";

/**
 * A task group's list of interested members, and for a member the button to put their name on
 * it or take it off. The committee picks from this list when it asks for a change of committee.
 */
export function TaskGroupInterest({ pool, open }: { pool: Pool; open: boolean }) {
  const { t } = useI18n();
  const { address } = useAccount();
  const isMember = useHoldsMembership();
  const actions = usePoolActions(pool.address);
  const name = useTextString(pool.text, "name") || addressLabel(pool.address);
  const [busy, setBusy] = useState(false);
  const listed = Boolean(address) && pool.interested.some((m) => m.toLowerCase() === address!.toLowerCase());
  const act = async (join: boolean) => {
    setBusy(true);
    await (join ? actions.registerInterest(name) : actions.withdrawInterest(name));
    setBusy(false);
  };
  return (
    <section aria-labelledby="interest-title">
      <h2 id="interest-title">{t("interest.title")}</h2>
      <p>{t("interest.intro")}</p>
      {pool.interested.length === 0 ? (
        <p>{t("interest.none")}</p>
      ) : (
        <ul className="interested-members">
          {pool.interested.map((member) => (
            <li key={member}>
              <AddressText address={member} />
            </li>
          ))}
        </ul>
      )}
      {listed && (
        <>
          <p>{t("interest.youAre")}</p>
          {/* Always possible, so nobody stays listed against their will. */}
          <BusyButton type="button" busy={busy} onClick={() => void act(false)}>
            {t("interest.leave")}
          </BusyButton>
        </>
      )}
      {!listed && open && isMember === true && (
        <BusyButton type="button" busy={busy} onClick={() => void act(true)}>
          {t("interest.join")}
        </BusyButton>
      )}
    </section>
  );
}
