import { useSearchParams } from "react-router";
import { useBlockTimes } from "../history/useBlockTimes";
import { requireFund } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { AddressText } from "../ui/AddressText";
import { LoadState } from "../ui/LoadState";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembers } from "./useMembers";
import { AdmitMember } from "./AdmitMember";
import { ProposeRevocation } from "./ProposeRevocation";
import { ScrollRegion } from "../ui/ScrollRegion";
import { HoldersPage } from "./HoldersPage";

/** The members: by district in a membership fund, the token's holders in one that votes by token. */
export default function MembersPage() {
  const fund = requireFund();
  return fund.token ? <HoldersPage symbol={fund.token.symbol} /> : <MembershipMembersPage />;
}

function MembershipMembersPage() {
  const { t, date } = useI18n();
  usePageTitle(t("members.title"));
  const fund = requireFund();
  const { members, isLoading, error } = useMembers();
  const [params, setParams] = useSearchParams();
  const district = params.get("district");
  const shown = members.filter((m) => district === null || String(m.district) === district);
  const times = useBlockTimes(shown.map((m) => m.joinedBlock));

  return (
    <div className="page members">
      <h1>{t("members.title")}</h1>
      <label className="filter">
        <span>{t("members.district")}</span>
        <select
          value={district ?? ""}
          onChange={(e) => setParams(e.target.value === "" ? {} : { district: e.target.value }, { replace: true })}
        >
          <option value="">{t("members.allDistricts")}</option>
          {fund.districts.map((name, i) => (
            <option key={name} value={String(i)}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <LoadState isLoading={isLoading} error={error} />
      {!isLoading && shown.length === 0 ? (
        <p>{t("members.none")}</p>
      ) : (
        <ScrollRegion label={t("members.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("members.account")}</th>
                <th scope="col">{t("members.district")}</th>
                <th scope="col">{t("members.joined")}</th>
                <th scope="col">{t("members.delegate")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((m) => (
                <tr key={m.account}>
                  <td>
                    <AddressText address={m.account} />
                  </td>
                  <td>{fund.districts[m.district] ?? m.district}</td>
                  <td>{times.time(m.joinedBlock) === null ? "" : date(times.time(m.joinedBlock)!)}</td>
                  <td>
                    {m.delegate.toLowerCase() === m.account.toLowerCase() ? (
                      t("members.self")
                    ) : (
                      <AddressText address={m.delegate} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <AdmitMember />
      <ProposeRevocation />
    </div>
  );
}
