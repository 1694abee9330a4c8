/** Writing and confirming texts the way the dApp does: service first, then the chain. */
import type { Hex } from "viem";
import type { WriteTextRequest } from "../../../sdk/content/api";
import type { ContentClient } from "../../../sdk/content/client";
import { deployment, propose } from "./chain";

/** An idea for the fund's governor (the place matters only to the commitment). */
export function idea(
  title: string,
  description = "Ti egetræsbænke mellem biblioteket og bådklubben.",
): WriteTextRequest {
  return { kind: "idea", contract: deployment().contracts.governor, fields: { title, description }, language: "da" };
}

/** Writes `request` and confirms it with a proposal whose description refers to it. */
export async function publish(client: ContentClient, request: WriteTextRequest): Promise<Hex> {
  const { commitment } = await client.writeText(request);
  await client.confirmText(commitment, await propose(commitment));
  return commitment;
}
