/**
 * The proposal builders' part of the dApp benchmark: each builder page is opened cold (a fresh
 * browser context) and timed from navigation until its form is painted;
 * the scripts it fetches beyond the first page's are its own download.
 */
import type { Browser } from "playwright-core";
import type { JsSizes } from "./dappBuild";

const RENDER_TIMEOUT_MS = 60_000;

export interface PageMeasurement {
  /** Median of the loads: from navigation start to the form painted. */
  firstRenderMs: number;
  firstRenderRuns: number[];
  /** Gzip bytes of the scripts this page fetches that the first page ("/") did not. */
  ownJsGzipBytes: number;
}

/** The little of the page the in-page code touches (the root tsconfig has no DOM types for bench/). */
interface PageScope {
  document: { querySelectorAll(selector: string): { length: number } };
  requestAnimationFrame(callback: () => void): void;
  __benchFormMs?: number;
}

/** In the page, from its first script on: notes when a form inside the main region is painted. */
function recordFirstForm(): void {
  const scope = globalThis as unknown as PageScope;
  const check = () => {
    if (scope.document.querySelectorAll("main form").length > 0) scope.__benchFormMs = performance.now();
    else scope.requestAnimationFrame(check);
  };
  scope.requestAnimationFrame(check);
}

/**
 * In the page: "done" once the form is there, "error" on a load error. Not "nothing busy": a
 * builder without a connected account keeps its proposer check waiting, by design.
 */
function pageState(): "done" | "error" | false {
  const { document } = globalThis as unknown as PageScope;
  if (document.querySelectorAll(".load-error").length > 0) return "error";
  return document.querySelectorAll("main form").length > 0 && "done";
}

async function loadPage(browser: Browser, url: string): Promise<{ ms: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("response", (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith(".js")) scripts.push(pathname);
    });
    await page.addInitScript(recordFirstForm);
    await page.goto(url, { waitUntil: "commit" });
    const state = await page
      .waitForFunction(pageState, undefined, { polling: 50, timeout: RENDER_TIMEOUT_MS })
      .catch((error: unknown) => {
        throw new Error(`${url}: no form within ${RENDER_TIMEOUT_MS / 1000} s`, { cause: error });
      });
    if ((await state.jsonValue()) === "error") throw new Error(`${url} shows a load error`);
    const ms = await page.evaluate(() => (globalThis as unknown as PageScope).__benchFormMs);
    if (ms === undefined) throw new Error(`${url}: no form was painted`);
    return { ms: Math.round(ms), scripts };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The scripts a cold load of the first page ("/") fetches. */
async function firstPageScripts(browser: Browser, appUrl: string): Promise<Set<string>> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "en-GB" });
  try {
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on("response", (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith(".js")) scripts.add(pathname);
    });
    await page.goto(`${appUrl}/`, { waitUntil: "networkidle" });
    return scripts;
  } finally {
    await context.close();
  }
}

/** `loads` cold loads of each route of the build at `appUrl`, whose script sizes are `sizes`. */
export async function measurePages(
  browser: Browser,
  appUrl: string,
  routes: readonly string[],
  loads: number,
  sizes: JsSizes,
): Promise<Record<string, PageMeasurement>> {
  const initial = await firstPageScripts(browser, appUrl);
  const result: Record<string, PageMeasurement> = {};
  for (const route of routes) {
    const runs: { ms: number; scripts: string[] }[] = [];
    for (let i = 0; i < loads; i++) runs.push(await loadPage(browser, `${appUrl}${route}`));
    const own = new Set(runs[0].scripts.filter((s) => !initial.has(s)));
    const times = runs.map((r) => r.ms);
    result[route] = {
      firstRenderMs: median(times),
      firstRenderRuns: times,
      ownJsGzipBytes: [...own].reduce((sum, s) => sum + (sizes.get(s) ?? 0), 0),
    };
  }
  return result;
}
