import type { Address } from "viem";

/** ETH is the zero address wherever an asset is named. */
export const ETH_ADDRESS: Address = "0x0000000000000000000000000000000000000000";
