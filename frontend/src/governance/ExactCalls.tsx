import { decodeFunctionData, type Abi } from "viem";
import { ABIS, fundContractAt } from "@sdk/contracts/kinds";
import type { ProposalActions } from "@sdk/proposals/actions";
import { requireFund } from "../config/contracts";
import { useI18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";

/**
 * A proposal's calls exactly as the governor will get them, folded away under the sentence
 * that says what they do: for whoever wants to check the contract, function and data.
 */
export function ExactCalls({ actions }: { actions: ProposalActions }) {
  const { t, amount } = useI18n();
  const { contracts } = requireFund();
  return (
    <details className="exact-calls">
      <summary>{t("exactCalls.summary")}</summary>
      <ol>
        {actions.targets.map((target, i) => {
          const kind = fundContractAt(contracts, target);
          const data = actions.calldatas[i];
          return (
            <li key={i}>
              {t("exactCalls.call", {
                contract: addressLabel(target),
                function: (kind && functionName(ABIS[kind] as Abi, data)) ?? data.slice(0, 10),
                value: amount(actions.values[i], 18, "ETH"),
              })}
              <br />
              <code className="calldata">{data}</code>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function functionName(abi: Abi, data: `0x${string}`): string | null {
  try {
    return decodeFunctionData({ abi, data }).functionName;
  } catch {
    return null;
  }
}
