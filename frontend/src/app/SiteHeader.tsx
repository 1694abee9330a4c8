import { useEffect, useRef, useState } from "react";
import { NavLink, useLocation } from "react-router";
import { FUND } from "../config/deployment";
import { useI18n } from "../i18n/I18nProvider";
import { useRoleNav } from "./useRoleNav";
import type { MessageKey } from "../i18n/messages/en";
import { WalletButton } from "../wallet/WalletButton";
import { LanguagePicker } from "./LanguagePicker";

const NAV: [string, MessageKey][] = [
  ["/", "nav.overview"],
  ["/proposals", "nav.proposals"],
  ["/proposals/new", "nav.newGrant"],
  ["/delegation", "nav.delegation"],
  ["/members", "nav.members"],
  ["/rounds", "nav.rounds"],
  ["/stewards", "nav.stewards"],
  ["/history", "nav.history"],
  ["/rules", "nav.rules"],
];

/**
 * The fund's name, the pages, the language and the wallet. On a narrow screen — a phone, or
 * any screen with large text, since the breakpoint is in em (styles.css) — all but the name
 * fold into a menu behind one button, so the header stays one line instead of filling the
 * screen (WCAG 1.4.10). The menu closes on navigation and on Escape.
 */
/**
 * The pages of this fund: one that votes by token mints tokens by proposal, lists its holders
 * as its members, and has no budget rounds (their ballots are by district, which only a
 * membership has).
 */
const FUND_NAV: [string, MessageKey][] =
  FUND?.votingMode === "token"
    ? NAV.flatMap((entry): [string, MessageKey][] =>
        entry[0] === "/rounds"
          ? []
          : entry[0] === "/proposals/new"
            ? [entry, ["/proposals/mint", "nav.mint"]]
            : entry[0] === "/members"
              ? [["/members", "nav.holders"]]
              : [entry],
      )
    : NAV;

export function SiteHeader() {
  const { t } = useI18n();
  const nav = [...FUND_NAV, ...useRoleNav()];
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Also closed when the page changes otherwise (back, forward, a link in the page).
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);

  return (
    <header
      className="site-header"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <div className="brand">
        <span className="brand-name">{t("app.name")}</span>
        <span className="brand-fund">{FUND?.name ?? t("app.tagline")}</span>
      </div>
      <button
        ref={button}
        type="button"
        className="menu-button secondary"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span> {t("nav.menu")}
      </button>
      <div id="site-menu" className="site-menu" data-open={open}>
        <nav aria-label={t("nav.label")}>
          <ul>
            {nav.map(([to, key]) => (
              <li key={to}>
                <NavLink to={to} end onClick={() => setOpen(false)}>
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguagePicker />
          <WalletButton />
        </div>
      </div>
    </header>
  );
}
