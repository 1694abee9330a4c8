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
