import { useAccount } from "wagmi";
import type { MessageKey } from "../i18n/messages/en";
import { useMe } from "../texts/useMe";
import { PASSKEYS } from "../config/passkeys";
import { useIsRegistrar } from "../registrar/useIsRegistrar";

/**
 * The menu entries that depend on who is connected: "My data" for anyone with a wallet, the
 * moderation and erasure pages for those the text service names moderator or erasure officer,
 * admitting members for registrars; and the passkey account page where the fund has them.
 */
export function useRoleNav(): [string, MessageKey][] {
  const { isConnected } = useAccount();
  const me = useMe();
  const isRegistrar = useIsRegistrar();
  const entries: [string, MessageKey][] = [];
  if (PASSKEYS) entries.push(["/account", "nav.account"]);
  if (isRegistrar) entries.push(["/registrar", "nav.registrar"]);
  if (me?.moderator) entries.push(["/moderation", "nav.moderation"]);
  if (me?.erasureOfficer) entries.push(["/erasure", "nav.erasure"]);
  if (isConnected) entries.push(["/my-data", "nav.myData"]);
  return entries;
}
