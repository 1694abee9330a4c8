import type { I18n } from "./makeI18n";

/**
 * A network said by its name ("the local demo network", "Ethereum"), never by the number a
 * wallet app knows it by: residents do not know chain 31337 from chain 1.
 */
export function networkName(chainId: number, t: I18n["t"]): string {
  switch (chainId) {
    case 31337:
      return t("network.local");
    case 1:
      return t("network.mainnet");
    case 11155111:
      return t("network.sepolia");
    default:
      return t("network.other", { id: chainId });
  }
}
