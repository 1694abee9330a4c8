import { useState } from "react";
import { useNavigate } from "react-router";
import type { Address } from "viem";
import { useAccount, useReadContract } from "wagmi";
import { ABIS } from "@sdk/contracts/kinds";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { mintActions } from "@sdk/proposals/governance";
import { requireFund } from "../config/contracts";
import { CHAIN_ID } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { addressLabel } from "../ui/AddressText";
import { DraftFormFooter } from "../ui/DraftFormFooter";
import { Field } from "../ui/Field";
import { useDraft } from "../ui/useDraft";
import { useFocusFirstInvalid } from "../ui/useFocusFirstInvalid";
import { usePageTitle } from "../ui/usePageTitle";
import { ExactCalls } from "./ExactCalls";
import { EMPTY_MINT, mintShares, shareOf, validateMint, type MintDraft, type MintErrors } from "./mintForm";
import { PublicTitleCheckbox } from "./PublicTitleCheckbox";
import { useGovernanceActions } from "./useGovernanceActions";
import { useProposingVotes } from "./useProposingVotes";
import { useVoteFormat } from "./useVoteFormat";

/**
 * A holder proposes to mint voting tokens (a token-weighted fund only): the token's mint,
 * called by the timelock once the holders pass it (the SDK's mintActions). Checked field by
 * field before anything is signed; what it does to everyone's share of the votes is said in
 * words, with the exact call folded away.
 */
export default function NewMintPage() {
  const { t, percent } = useI18n();
  usePageTitle(t("mintForm.title"));
  const fund = requireFund();
  const token = fund.contracts.token;
  if (!token || !fund.token) return <MintNotHere />;
  return <MintForm token={token} symbol={fund.token.symbol} percent={percent} />;
}

function MintNotHere() {
  const { t } = useI18n();
  return (
    <div className="page new-mint">
      <h1>{t("mintForm.title")}</h1>
      <p>{t("mintForm.notHere")}</p>
    </div>
  );
}

function MintForm({ token, symbol, percent }: { token: Address; symbol: string; percent: (f: number) => string }) {
  const { t } = useI18n();
  const votes = useVoteFormat();
  const navigate = useNavigate();
  const { address, isConnected } = useAccount();
  const proposing = useProposingVotes();
  const { propose } = useGovernanceActions();
  const { draft, update, clear } = useDraft<MintDraft>(`pulje.draft.mint.${CHAIN_ID}`, EMPTY_MINT);
  const [errors, setErrors] = useState<MintErrors>({});
  const [busy, setBusy] = useState(false);
  const form = useFocusFirstInvalid();

  const tokenContract = { address: token, abi: ABIS.token } as const;
  const { data: supply } = useReadContract({ ...tokenContract, functionName: "totalSupply" });
  const context = { connected: isConnected, supply: supply ?? 0n, ...proposing };
  // The preview: the mint as proposed, once every field passes its check.
  const checked = validateMint(draft, { ...context, connected: true, votes: 1n, votesNow: 1n, threshold: 0n }).mint;
  const { data: held } = useReadContract({
    ...tokenContract,
    functionName: "balanceOf",
    args: [checked?.to ?? ETH_ADDRESS],
    query: { enabled: Boolean(checked) },
  });
  const { data: mine } = useReadContract({
    ...tokenContract,
    functionName: "balanceOf",
    args: [address ?? ETH_ADDRESS],
    query: { enabled: Boolean(address) },
  });
  const tokens = (value: bigint) => `${votes(value)} ${symbol}`;
  const shares =
    checked && supply !== undefined && held !== undefined ? mintShares(supply, held, checked.amount) : null;
  const preview = checked ? mintActions(token, checked.to, checked.amount) : null;

  const message = (field: keyof MintErrors) => {
    const error = errors[field];
    if (!error) return null;
    // Votes in a token-weighted fund are token amounts: said in whole tokens, not base units.
    if (error.key === "newGrant.error.threshold")
      return t(error.key, {
        votes: votes(BigInt(error.vars?.votes ?? 0)),
        threshold: votes(BigInt(error.vars?.threshold ?? 0)),
      });
    return t(error.key, error.vars);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { errors: found, mint } = validateMint(draft, context);
    setErrors(found);
    if (Object.keys(found).some((f) => f !== "form")) return form.focusFirstInvalid();
    if (found.form || !mint) return;
    setBusy(true);
    const outcome = await propose(draft.title.trim(), draft.description, draft.publicTitle, () =>
      mintActions(token, mint.to, mint.amount),
    );
    setBusy(false);
    if (!outcome.ok) return; // the draft stays; the transaction list says why
    clear();
    void navigate(outcome.proposalId === null ? "/proposals" : `/proposals/${outcome.proposalId}`);
  };

  return (
    <div className="page new-mint">
      <h1>{t("mintForm.title")}</h1>
      <p>{t("mintForm.intro", { symbol })}</p>
      <form ref={form.ref} onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("mintForm.recipient")} help={t("mintForm.recipientHelp")} error={message("recipient")}>
          <input
            name="recipient"
            value={draft.recipient}
            onChange={(e) => update("recipient", e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field
          label={t("mintForm.amount", { symbol })}
          help={supply !== undefined ? t("mintForm.amountHelp", { supply: tokens(supply) }) : undefined}
          error={message("amount")}
        >
          <input
            name="amount"
            inputMode="decimal"
            value={draft.amount}
            onChange={(e) => update("amount", e.target.value)}
            autoComplete="off"
          />
        </Field>
        <Field label={t("newGrant.titleField")} error={message("title")}>
          <input name="title" value={draft.title} onChange={(e) => update("title", e.target.value)} maxLength={120} />
        </Field>
        <PublicTitleCheckbox checked={draft.publicTitle} onChange={(v) => update("publicTitle", v)} />
        <Field label={t("mintForm.reason")} error={message("description")}>
          <textarea
            name="description"
            value={draft.description}
            onChange={(e) => update("description", e.target.value)}
            rows={6}
          />
        </Field>
        {checked && preview && shares && supply !== undefined && (
          <section className="preview" aria-labelledby="mint-preview-title">
            <h2 id="mint-preview-title">{t("mintForm.preview")}</h2>
            <p className="summary">
              {t("mintForm.consequence", {
                amount: tokens(checked.amount),
                to: addressLabel(checked.to),
                before: tokens(supply),
                after: tokens(shares.supplyAfter),
                shareBefore: percent(shares.recipientBefore),
                shareAfter: percent(shares.recipientAfter),
              })}
            </p>
            <p>{t("mintForm.othersShrink", { example: percent(0.1 * shares.othersFactor) })}</p>
            {mine !== undefined && mine > 0n && address && address.toLowerCase() !== checked.to.toLowerCase() && (
              <p>
                {t("mintForm.yours", {
                  before: percent(shareOf(mine, supply)),
                  after: percent(shareOf(mine, shares.supplyAfter)),
                })}
              </p>
            )}
            <ExactCalls actions={preview} />
          </section>
        )}
        <DraftFormFooter
          formError={message("form")}
          busy={busy}
          submitLabel={t("mintForm.submit")}
          onClear={() => (clear(), setErrors({}))}
        />
      </form>
    </div>
  );
}
