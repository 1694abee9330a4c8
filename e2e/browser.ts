/** Browser and chain helpers for the end-to-end tests: Debian's chromium via playwright-core. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import demo from "../deployments/31337.json";
import { testWalletScript } from "./testWallet";

export const SCREENSHOTS = path.join(__dirname, "screenshots");

/** A demo person's address by (the start of) their name, from the deployments file. */
export function account(name: string): `0x${string}` {
  const person = demo.demo.accounts.find((a) => a.name === name || a.name.startsWith(`${name} `));
  if (!person) throw new Error(`no demo account ${name}`);
  return person.address as `0x${string}`;
}

let rpcId = 0;
export async function rpc<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(inject("rpcUrl"), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcId, method, params }),
  });
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(body.error.message);
  return body.result as T;
}

/** Moves the chain's clock forward and mines a block at the new time. */
export async function advanceTime(seconds: number): Promise<void> {
  await rpc("evm_increaseTime", [seconds]);
  await rpc("evm_mine");
}

/**
 * Sends a transaction from an unlocked demo account straight to the node, mines it at once, and
 * checks that it succeeded.
 */
export async function sendFrom(name: string, to: `0x${string}`, data: `0x${string}`): Promise<void> {
  const hash = await rpc<`0x${string}`>("eth_sendTransaction", [{ from: account(name), to, data }]);
  await rpc("evm_mine");
  for (let i = 0; i < 60; i++) {
    const receipt = await rpc<{ status: string } | null>("eth_getTransactionReceipt", [hash]);
    if (receipt) {
      if (receipt.status !== "0x1") throw new Error(`transaction ${hash} from ${name} reverted`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`transaction ${hash} was not mined`);
}

/**
 * Each test file starts from the seeded demo and leaves it as it found it. After the revert the
 * chain mines past the highest block the file reached: the bundler follows the chain by new
 * block numbers (viem's block watcher ignores a lower one), and until then it would not learn
 * that its bundles were mined, holding back the next operations of the same sender.
 */
export async function chainSnapshot(): Promise<() => Promise<void>> {
  const id = await rpc<string>("evm_snapshot");
  return async () => {
    const reached = BigInt(await rpc<string>("eth_blockNumber"));
    await rpc("evm_revert", [id]);
    const now = BigInt(await rpc<string>("eth_blockNumber"));
    if (reached > now) await rpc("hardhat_mine", [`0x${(reached - now + 1n).toString(16)}`]);
  };
}

export async function openBrowser(): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pulje-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1100, height: 900 },
    locale: "en-GB",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.addInitScript(testWalletScript(inject("rpcUrl")));
  return context;
}

/** A fresh page on `route`, in `locale`, with the test wallet set to `as` (not yet connected). */
export async function openPage(
  context: BrowserContext,
  route: string,
  options: { locale?: string; as?: string; host?: "localhost" } = {},
): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  uncaught.set(page, errors);
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.addInitScript(
    ([locale, address]) => {
      if (locale) localStorage.setItem("pulje.locale", locale);
      if (address)
        sessionStorage.setItem(
          "__testWalletState",
          JSON.stringify({ ...JSON.parse(sessionStorage.getItem("__testWalletState") ?? "{}"), account: address }),
        );
    },
    // Without a locale the browser's (en-GB) applies, and a choice made on the page survives reloads.
    [options.locale ?? null, options.as ? account(options.as) : null] as const,
  );
  // `host: "localhost"` for passkeys: WebAuthn refuses an IP address as the relying party's id.
  const appUrl = options.host ? inject("appUrl").replace("127.0.0.1", options.host) : inject("appUrl");
  await page.goto(appUrl + route);
  return page;
}

const uncaught = new WeakMap<Page, string[]>();

/** The header's connect button, in any of the four languages. */
export const CONNECT_BUTTON = /^(log in|log ind|logga in|logg inn)$/i;

/** Uncaught exceptions the page has thrown since it was opened. */
export function uncaughtErrors(page: Page): string[] {
  return uncaught.get(page) ?? [];
}

/** On a narrow screen the header's controls are in its menu: opens it if it is closed. */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.locator(".menu-button");
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
}

/** Connects through the dApp's own dialog, as a visitor would: Log in → Test Wallet. */
export async function connect(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (address) => (window as unknown as { __testWallet: { use(a: string): void } }).__testWallet.use(address),
    account(name),
  );
  await openMenu(page);
  await page.getByRole("button", { name: CONNECT_BUTTON }).click();
  await page.getByRole("button", { name: "Test Wallet" }).click();
  await page.getByText(account(name).slice(0, 6), { exact: false }).first().waitFor();
}

/** Switches the connected test wallet to another demo person. */
export async function switchAccount(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (address) => (window as unknown as { __testWallet: { use(a: string): void } }).__testWallet.use(address),
    account(name),
  );
  await page.getByText(account(name).slice(0, 6), { exact: false }).first().waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Accessible names that more than one button on the page shares: each button should say what
 * it acts on (WCAG 2.4.6, 4.1.2), not "Pay out" three times. Read from the accessibility tree.
 */
export async function repeatedButtonNames(page: Page): Promise<string[]> {
  const tree = await page.locator("body").ariaSnapshot();
  const names = [...tree.matchAll(/- button "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the page has its heading and nothing is still loading. */
export async function settle(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

/** Waits for the chain's next block (the local chain mines one every 2 s). */
export async function nextBlock(): Promise<void> {
  const start = await rpc<string>("eth_blockNumber");
  for (let i = 0; i < 40 && (await rpc<string>("eth_blockNumber")) === start; i++)
    await new Promise((r) => setTimeout(r, 250));
}

/**
 * Registers one browser for a test file, and puts the chain back to the seeded demo after it,
 * so files do not depend on each other's transactions. Returns the browser's getter.
 */
export function browserForFile(): () => BrowserContext {
  let browser: BrowserContext | null = null;
  let restore: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    restore = await chainSnapshot();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await restore?.();
  });
  return () => browser!;
}
