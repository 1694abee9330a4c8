import { useI18n } from "../i18n/I18nProvider";
import { useVoteFormat } from "../governance/useVoteFormat";
import { shareOf } from "../governance/mintForm";
import { AddressText } from "../ui/AddressText";
import { LoadState } from "../ui/LoadState";
import { ScrollRegion } from "../ui/ScrollRegion";
import { usePageTitle } from "../ui/usePageTitle";
import { useHolders } from "./useHolders";

/**
 * The members of a fund that votes by token: everyone holding some, with their tokens, their
 * share of all of them, the votes they cast now, and who casts theirs.
 */
export function HoldersPage({ symbol }: { symbol: string }) {
  const { t, percent } = useI18n();
  usePageTitle(t("holders.title"));
  const votes = useVoteFormat();
  const { holders, supply, isLoading, error } = useHolders();

  return (
    <div className="page members holders">
      <h1>{t("holders.title")}</h1>
      <p>{t("holders.intro", { symbol, supply: `${votes(supply)} ${symbol}` })}</p>
      <LoadState isLoading={isLoading} error={error} />
      {!isLoading && holders.length === 0 ? (
        <p>{t("holders.none")}</p>
      ) : (
        <ScrollRegion label={t("holders.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("holders.account")}</th>
                <th scope="col">{t("holders.tokens", { symbol })}</th>
                <th scope="col">{t("holders.share")}</th>
                <th scope="col">{t("holders.votes")}</th>
                <th scope="col">{t("members.delegate")}</th>
              </tr>
            </thead>
            <tbody>
              {holders.map((h) => (
                <tr key={h.account}>
                  <td>
                    <AddressText address={h.account} />
                  </td>
                  <td className="number">{votes(h.balance)}</td>
                  <td className="number">{percent(shareOf(h.balance, supply))}</td>
                  <td className="number">{h.votes === null ? "" : votes(h.votes)}</td>
                  <td>
                    {h.delegate === null ? (
                      ""
                    ) : h.delegate.toLowerCase() === h.account.toLowerCase() ? (
                      t("members.self")
                    ) : (
                      <AddressText address={h.delegate} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
