import { erc20Abi, zeroHash, type Address, type Hex } from "viem";
import { readContract, simulateContract, writeContract } from "wagmi/actions";
import { ETH_ADDRESS } from "@sdk/model/treasury";
import { treasuryContract } from "../config/contracts";
import type { Sentence } from "../i18n/sentence";
import { PLACEHOLDER_COMMITMENT, useTextWriter, type TextDraft, type WrittenTexts } from "../texts/useTextWriter";
import { useSimulatedWrite } from "../transactions/useSimulatedWrite";

export type DepositOutcome = { ok: true } | { ok: false };

/**
 * Deposits into the treasury, each write simulated and tracked: ETH by deposit(memo), a listed
 * ERC-20 by depositToken after an approval of the exact amount — skipped when the treasury may
 * already take that much. The memo, if any, is a text in the content service, as the command
 * line's treasury:deposit writes it: the Deposited event carries its commitment, so the memo
 * can be as long as a sentence, is published once the deposit is confirmed, and can be erased
 * if it names someone — none of which 32 bytes of text on chain would allow.
 */
export function useDeposit() {
  const { config, t, run, runWithTexts, track, account } = useSimulatedWrite();
  const texts = useTextWriter();
  const treasury = treasuryContract();

  /**
   * deposit(memo) is payable, which runWithTexts's request type leaves out: the same steps
   * here (simulated with a placeholder memo, the memo written, simulated again and sent, the
   * memo published once confirmed).
   */
  const depositEth = (label: Sentence, amount: bigint, memo: TextDraft | null) => {
    let written: WrittenTexts | null = null;
    const simulate = (from: Address, commitment: Hex) =>
      simulateContract(config, {
        ...treasury,
        account: from,
        functionName: "deposit",
        args: [commitment],
        value: amount,
      });
    return track(
      label,
      async () => {
        const from = account();
        await simulate(from, memo ? PLACEHOLDER_COMMITMENT : zeroHash);
        written = await texts.write([memo]);
        return writeContract(config, (await simulate(from, written.commitments[0])).request);
      },
      { after: async (hash) => (written ? texts.confirm(written, hash) : undefined) },
    );
  };

  /** How much of `token` the treasury may take from `owner` now. */
  const allowanceOf = async (token: Address, owner: Address): Promise<bigint> => {
    try {
      return await readContract(config, {
        address: token,
        abi: erc20Abi,
        functionName: "allowance",
        args: [owner, treasury.address],
      });
    } catch {
      return 0n; // unknown: ask for the approval, whose own failure is then explained
    }
  };

  const deposit = async (asset: Address, amount: bigint, amountText: string, memo: string): Promise<DepositOutcome> => {
    const note: [TextDraft | null] = [
      memo.trim() ? { kind: "depositMemo", contract: treasury.address, fields: { memo: memo.trim() } } : null,
    ];
    const label = t("deposit.tx", { amount: amountText });
    if (asset === ETH_ADDRESS) return { ok: (await depositEth(label, amount, note[0])).ok };
    let from: Address | null = null;
    try {
      from = account();
    } catch {
      // Not logged in: the tracked write below says so in a sentence.
    }
    if (from === null || (await allowanceOf(asset, from)) < amount) {
      const approval = await run(t("deposit.txApprove", { amount: amountText }), (sender) =>
        simulateContract(config, {
          address: asset,
          abi: erc20Abi,
          account: sender,
          functionName: "approve",
          args: [treasury.address, amount],
        }),
      );
      if (!approval.ok) return { ok: false };
    }
    const outcome = await runWithTexts(label, note, (sender, [commitment]) =>
      simulateContract(config, {
        ...treasury,
        account: sender,
        functionName: "depositToken",
        args: [asset, amount, commitment],
      }),
    );
    return { ok: outcome.ok };
  };

  return { deposit };
}
