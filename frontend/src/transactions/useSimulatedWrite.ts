import { useConfig } from "wagmi";
import { getAccount, writeContract } from "wagmi/actions";
import { zeroHash, type Address, type Hex } from "viem";
import type { MemberAction } from "@sdk/accounts/signedActions";
import type { MessageKey } from "../i18n/messages/en";
import type { Sentence } from "../i18n/sentence";
import type { Vars } from "../i18n/translate";
import { PLACEHOLDER_COMMITMENT, useTextWriter, type TextDraft, type WrittenTexts } from "../texts/useTextWriter";
import { useTxCenter } from "./TxCenter";
import { NoWalletError } from "./explainError";
import { sendMemberAction } from "./bySignature";

type Simulated = Promise<{ request: Parameters<typeof writeContract>[1] }>;
/** A member action as it would be signed instead of sent (see bySignature.ts). */
type BySignature = (from: Address, commitments: readonly Hex[]) => Promise<MemberAction>;

/**
 * A transaction's label: kept as key and facts, not as text, so the transaction list says it in
 * whatever language the visitor switches to while it is shown. Named `t` where write hooks use
 * it, since they build labels as they would translate them: `run(t("tx.label.vote", { id }), …)`.
 */
const label = (key: MessageKey, vars?: Vars): Sentence => ({ key, vars });

/**
 * What every write hook shares: the connected account (or a NoWalletError, which becomes a
 * sentence), and `run`, which simulates first — so a refusal is explained by the contract's
 * named error before the wallet is asked — then sends exactly the simulated request and
 * follows it in the transaction list under `label`. `track` is there for a write whose request
 * `run` cannot type (a payable function). `runWithTexts` does the same for a write that carries
 * people's words: see there. A member action (vote, ballot, delegation) also names itself as
 * `bySignature`: when the wallet holds too little ETH, it is signed and the fund pays for it.
 */
export function useSimulatedWrite() {
  const config = useConfig();
  const { track } = useTxCenter();
  const texts = useTextWriter();
  const account = (): Address => {
    const { address } = getAccount(config);
    if (!address) throw new NoWalletError();
    return address;
  };
  /** The simulated request sent from the wallet, or by signature for a member action it cannot pay for. */
  const send = async (
    from: Address,
    request: Awaited<Simulated>["request"],
    commitments: readonly Hex[],
    bySignature?: BySignature,
  ) =>
    bySignature
      ? sendMemberAction(
          config,
          from,
          request as never,
          () => bySignature(from, commitments),
          () => writeContract(config, request),
        )
      : writeContract(config, request);
  const run = (label: Sentence, simulate: (from: Address) => Simulated, bySignature?: BySignature) =>
    track(label, async () => {
      const from = account();
      return send(from, (await simulate(from)).request, [], bySignature);
    });

  /**
   * A write whose transaction carries texts (`drafts`; null for one left empty): simulated with
   * placeholders first, so a refusal comes before anything is stored; then the texts go to the
   * content service, the transaction carries their commitments (`simulate` gets them in the
   * drafts' order) and, once it is confirmed, the service publishes them. `then` gives texts
   * that depend on the first ones' commitments (a pool's name and mandate are kept under the
   * pool's address, which the proposal's text fixes): written next, their commitments follow.
   */
  const runWithTexts = (
    label: Sentence,
    drafts: readonly (TextDraft | null)[],
    simulate: (from: Address, commitments: readonly Hex[]) => Simulated,
    then?: (from: Address, commitments: readonly Hex[]) => readonly TextDraft[],
    bySignature?: BySignature,
  ) => {
    let written: WrittenTexts | null = null;
    return track(
      label,
      async () => {
        const from = account();
        const placeholders = drafts.map((d) => (d ? PLACEHOLDER_COMMITMENT : zeroHash));
        const later = then ? then(from, placeholders).map(() => PLACEHOLDER_COMMITMENT) : [];
        await simulate(from, [...placeholders, ...later]);
        const first = await texts.write(drafts);
        written = first;
        if (then) {
          const more = await texts.write(then(from, first.commitments));
          written = { client: first.client ?? more.client, commitments: [...first.commitments, ...more.commitments] };
        }
        const { request } = await simulate(from, written.commitments);
        return send(from, request, written.commitments, bySignature);
      },
      { after: async (hash) => (written ? texts.confirm(written, hash) : undefined) },
    );
  };
  return { config, t: label, run, runWithTexts, track, account };
}
