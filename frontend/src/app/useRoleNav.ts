import { useAccount } from "wagmi";
import type { MessageKey } from "../i18n/messages/en";
import { useMe } from "../texts/useMe";

/**
 * The menu entries that depend on who is connected: "My data" for anyone with a wallet, the
 * moderation and erasure pages for those the text service names moderator or erasure officer.
 */
export function useRoleNav(): [string, MessageKey][] {
  const { isConnected } = useAccount();
  const me = useMe();
  const entries: [string, MessageKey][] = [];
  if (me?.moderator) entries.push(["/moderation", "nav.moderation"]);
  if (me?.erasureOfficer) entries.push(["/erasure", "nav.erasure"]);
  if (isConnected) entries.push(["/my-data", "nav.myData"]);
  return entries;
}
