import { useEffect, useState } from "react";
import { Link } from "react-router";
import { useAccount } from "wagmi";
import { requireFund } from "../../config/contracts";
import { CHAIN_ID } from "../../config/deployment";
import { useI18n } from "../../i18n/I18nProvider";
import { AddressText, addressLabel } from "../../ui/AddressText";
import { LoadState } from "../../ui/LoadState";
import { useDraft } from "../../ui/useDraft";
import { useFocusFirstInvalid } from "../../ui/useFocusFirstInvalid";
import { usePageTitle } from "../../ui/usePageTitle";
import { EMPTY_ROLE_DRAFT, SEATS, type RoleDraft, type Seat } from "./roleForm";
import { RoleChangeForm } from "./RoleChangeForm";
import { StewardSettingsForm } from "./StewardSettingsForm";
import { useRoleHolders } from "./useRoleHolders";

/**
 * Who holds each of the fund's seats (registrars, verifiers, stewards, the guardian), with a
 * proposal to appoint someone or remove a holder, and the stewards' rules with a proposal to
 * change them. Loaded on demand from the Rules page.
 */
export default function RolesPage() {
  const { t } = useI18n();
  usePageTitle(t("rolesPage.title"));
  const fund = requireFund();
  const { isConnected } = useAccount();
  const { holders, isLoading, error } = useRoleHolders();
  const { draft, update, clear } = useDraft<RoleDraft>(`pulje.draft.roles.${CHAIN_ID}`, EMPTY_ROLE_DRAFT);
  const form = useFocusFirstInvalid();
  const [removing, setRemoving] = useState(0);
  // A token-weighted fund has no membership, so no registrars.
  const seats: readonly Seat[] = SEATS.filter((s) => s !== "registrar" || fund.contracts.membership);

  // "Propose removing" fills the form in; the reason is what is left to write.
  useEffect(() => {
    if (removing > 0) form.ref.current?.querySelector<HTMLElement>("textarea[name=reason]")?.focus();
  }, [removing, form.ref]);
  const proposeRemoving = (seat: Seat, account: string) => {
    update("change", "remove");
    update("seat", seat);
    update("member", "");
    update("address", account);
    setRemoving((n) => n + 1);
  };

  return (
    <div className="page roles">
      <p>
        <Link to="/rules">← {t("rolesPage.back")}</Link>
      </p>
      <h1>{t("rolesPage.title")}</h1>
      <p>{t("rolesPage.intro")}</p>
      <LoadState isLoading={isLoading} error={error} />
      {holders &&
        seats.map((seat) => (
          <section key={seat} aria-labelledby={`seat-${seat}`} className="seat">
            <h2 id={`seat-${seat}`}>{t(`rolesPage.seat.${seat}`)}</h2>
            <p className="help">{t(`rolesPage.seatHelp.${seat}`)}</p>
            {holders[seat].length === 0 ? (
              <p>{t("rolesPage.none")}</p>
            ) : (
              <ul className="holders">
                {holders[seat].map((account) => (
                  <li key={account}>
                    <AddressText address={account} />{" "}
                    {isConnected && (
                      <button type="button" className="secondary" onClick={() => proposeRemoving(seat, account)}>
                        {t("rolesPage.remove", {
                          account: addressLabel(account),
                          seat: t(`roleForm.seatName.${seat}`),
                        })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      {holders && isConnected && (
        <RoleChangeForm draft={draft} update={update} clear={clear} holders={holders} seats={seats} form={form} />
      )}
      <StewardSettingsForm />
    </div>
  );
}
