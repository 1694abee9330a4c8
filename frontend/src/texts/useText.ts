import { useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { useContent } from "./ContentProvider";
import { hasText, textState, type TextState } from "./textState";

/**
 * The state of the text behind `commitment` (null or zero: none). Every text a page shows asks
 * here; the provider's batcher turns one render's asks into one lookup. A service that cannot
 * be reached makes it "unavailable", never an error of the page: the chain's facts still show.
 */
export function useText(commitment: Hex | null | undefined): TextState {
  const { load, session } = useContent();
  const wanted = hasText(commitment);
  const query = useQuery({
    queryKey: ["text", session?.address ?? null, wanted ? commitment.toLowerCase() : null],
    queryFn: () => load(commitment!),
    enabled: wanted,
    staleTime: 30_000,
    retry: false,
  });
  if (!wanted) return { state: "none" };
  return textState(query.data, query.isError && !query.data);
}
