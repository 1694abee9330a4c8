import type { Address, Hex } from "viem";
import type { EventDecoders } from "../entry";
import type { RowWriters } from "../row";

/**
 * The content service's footprint on chain: the roots of its erasure log, anchored from time to
 * time, so anyone can check that the log the service shows is the one it committed to.
 */
export type ContentEntry = { kind: "erasureAnchored"; root: Hex; entries: bigint; by: Address };

export const CONTENT_KINDS = ["erasureAnchored"] as const satisfies readonly ContentEntry["kind"][];

export const contentEvents: EventDecoders<ContentEntry> = {
  ErasureLogAnchored: (a) => ({
    kind: "erasureAnchored",
    root: a.root as Hex,
    entries: BigInt(a.entries as bigint),
    by: a.by as Address,
  }),
};

export const contentRows: RowWriters<ContentEntry> = {
  erasureAnchored: (e, { row }) => {
    row.account = e.by;
    row.details = `erasure log root ${e.root} covers ${e.entries} entries`;
  },
};
