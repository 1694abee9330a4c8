import { useQuery } from "@tanstack/react-query";
import type { MeResponse } from "@sdk/content/api";
import { useContent } from "./ContentProvider";

/**
 * Who the signed-in account is to the content service (moderator, erasure officer), or null
 * when nobody is signed in. Roles are the service's to say: the dApp shows the staff's controls
 * by them, and the service checks them again on every request.
 */
export function useMe(): MeResponse | null {
  const { session, client } = useContent();
  const query = useQuery({
    queryKey: ["content", "me", session?.address ?? null],
    queryFn: () => client.me(),
    enabled: !!session,
    staleTime: 60_000,
    retry: false,
  });
  return session ? (query.data ?? null) : null;
}
