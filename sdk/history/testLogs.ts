/** Builds raw logs the way the contracts would emit them, for the reader's unit tests. */
import {
  encodeAbiParameters,
  encodeEventTopics,
  type Abi,
  type AbiEvent,
  type Address,
  type Hex,
  type Log,
} from "viem";

import type { FundAddresses } from "../contracts/kinds";

/**
 * A fund's addresses for tests that feed hand-made logs: the core contracts at the local demo
 * chain's first addresses, the stewards' contracts at addresses no test log comes from.
 */
export const TEST_CONTRACTS: FundAddresses = {
  governor: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  timelock: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  treasury: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
  membership: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
  token: null,
  roundFactory: "0x0165878A594ca255338adfa4d48449f69242Eb8F",
  allocationRule: null,
  roundImplementation: null,
  payeeRegistry: "0x00000000000000000000000000000000000000A1",
  poolFactory: "0x00000000000000000000000000000000000000a2",
  poolImplementation: "0x00000000000000000000000000000000000000A3",
  milestoneGrants: "0x00000000000000000000000000000000000000a4",
  erasureAnchor: "0x00000000000000000000000000000000000000A5",
  accountFactory: null,
  paymaster: null,
  signatureRelay: null,
};

let nextIndex = 0;

export function fakeLog(
  address: Address,
  abi: Abi,
  eventName: string,
  args: Record<string, unknown>,
  block: bigint,
  tx: Hex = "0xaa",
): Log {
  const event = abi.find((item): item is AbiEvent => item.type === "event" && item.name === eventName);
  if (!event) throw new Error(`no event ${eventName}`);
  const topics = encodeEventTopics({ abi: [event], eventName, args } as Parameters<typeof encodeEventTopics>[0]);
  const data = event.inputs.filter((i) => !i.indexed);
  return {
    address,
    blockNumber: block,
    logIndex: nextIndex++,
    transactionHash: tx,
    transactionIndex: 0,
    blockHash: "0xbb",
    removed: false,
    topics: topics as [Hex, ...Hex[]],
    data: encodeAbiParameters(
      data,
      data.map((i) => args[i.name!]),
    ),
  };
}
