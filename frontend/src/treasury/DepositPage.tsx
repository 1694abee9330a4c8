import { useState } from "react";
import { erc20Abi, type Address } from "viem";
import { useAccount, useBalance, useReadContract } from "wagmi";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { requireFund } from "../config/contracts";
import { CHAIN_ID } from "../config/deployment";
import { parseAmountInput } from "../governance/grantForm";
import { useI18n } from "../i18n/I18nProvider";
import { DraftFormFooter } from "../ui/DraftFormFooter";
import { Field } from "../ui/Field";
import { LoadState } from "../ui/LoadState";
import { useDraft } from "../ui/useDraft";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { usePageTitle } from "../ui/usePageTitle";
import { EMPTY_DEPOSIT, MEMO_MAX, validateDeposit, type DepositErrors } from "./depositForm";
import { useDeposit } from "./useDeposit";
import { useTreasury } from "./useTreasury";
import { AssetSelect } from "./AssetSelect";

/**
 * Anyone deposits ETH or a listed token into the treasury, with a memo; the treasury's
 * balances are shown above the form, so the deposit is seen arriving.
 */
export default function DepositPage() {
  const { t, amount: formatAmount } = useI18n();
  usePageTitle(t("deposit.title"));
  const fund = requireFund();
  const treasury = useTreasury();
  const { address, isConnected } = useAccount();
  const { deposit } = useDeposit();
  const { draft, update, clear } = useDraft(`pulje.draft.deposit.${CHAIN_ID}`, EMPTY_DEPOSIT);
  const [errors, setErrors] = useState<DepositErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();

  const choices = [
    { address: ETH_ADDRESS, symbol: "ETH" },
    ...fund.assets.map((a) => ({ address: a.address, symbol: a.symbol })),
  ];
  const choice = choices.find((a) => a.address === draft.asset) ?? choices[0];
  const isEth = choice.address === ETH_ADDRESS;
  const decimals = treasury.assets.find((a) => a.address === choice.address)?.decimals ?? 18;
  const holder = address ?? ETH_ADDRESS;
  const eth = useBalance({ address: holder, query: { enabled: Boolean(address) && isEth } });
  const token = useReadContract({
    address: choice.address as Address,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [holder],
    query: { enabled: Boolean(address) && !isEth },
  });
  const allowance = useReadContract({
    address: choice.address as Address,
    abi: erc20Abi,
    functionName: "allowance",
    args: [holder, fund.contracts.treasury],
    query: { enabled: Boolean(address) && !isEth },
  });
  const balance = address ? (isEth ? eth.data?.value : token.data) : undefined;
  const money = (value: bigint) => formatAmount(value, decimals, choice.symbol);
  const value = parseAmountInput(draft.amount, decimals);
  const message = (field: keyof DepositErrors) => (errors[field] ? t(errors[field]!.key, errors[field]!.vars) : null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validateDeposit(draft, {
      connected: isConnected,
      decimals,
      balance,
      balanceText: balance === undefined ? "" : money(balance),
    });
    setErrors(found);
    if (found.amount || found.memo) return form.focusFirstInvalid();
    if (found.form || value === null) return;
    setBusy(true);
    const outcome = await deposit(choice.address as Address, value, money(value), draft.memo);
    setBusy(false);
    if (outcome.ok) clear(); // otherwise the draft stays; the transaction list says why
  };

  return (
    <div className="page deposit">
      <h1>{t("deposit.title")}</h1>
      <p>{t("deposit.intro")}</p>
      <section aria-labelledby="holds-title">
        <h2 id="holds-title">{t("deposit.holds")}</h2>
        <LoadState isLoading={treasury.isLoading} error={treasury.error} />
        <ul className="balances">
          {treasury.assets.map((a) => (
            <li key={a.address} data-asset={a.symbol}>
              {formatAmount(a.balance, a.decimals, a.symbol)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="deposit-form-title">
        <h2 id="deposit-form-title">{t("deposit.form")}</h2>
        <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
          <Field
            label={t("deposit.asset")}
            help={balance === undefined ? undefined : t("deposit.yourBalance", { amount: money(balance) })}
          >
            <AssetSelect assets={choices} value={choice.address} onPick={(address) => update("asset", address)} />
          </Field>
          <Field label={t("deposit.amount")} error={message("amount")}>
            <input
              name="amount"
              inputMode="decimal"
              value={draft.amount}
              onChange={(e) => update("amount", e.target.value)}
              autoComplete="off"
            />
          </Field>
          <Field label={t("deposit.memo")} help={t("deposit.memoHelp")} error={message("memo")}>
            <input
              name="memo"
              value={draft.memo}
              onChange={(e) => update("memo", e.target.value)}
              maxLength={MEMO_MAX}
              autoComplete="off"
            />
          </Field>
          {value !== null && value > 0n && (
            <div className="preview">
              <p className="summary">{t("deposit.consequence", { amount: money(value) })}</p>
              {!isEth && allowance.data !== undefined && (
                <p className="note">
                  {allowance.data >= value
                    ? t("deposit.approvalDone")
                    : t("deposit.approvalNeeded", { amount: money(value) })}
                </p>
              )}
            </div>
          )}
          <DraftFormFooter
            formError={message("form")}
            busy={busy}
            submitLabel={t("deposit.submit")}
            onClear={() => (clear(), setErrors({}))}
          />
        </form>
      </section>
    </div>
  );
}
