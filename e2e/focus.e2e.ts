import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserForFile, connect, CONNECT_BUTTON, openPage, settle } from "./browser";

type Wallet = { __testWallet: { rejectNext(): void } };

/** What has keyboard focus: its tag, role, name-ish text and id — never <body> after a transaction. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      role: el?.getAttribute("role") ?? null,
      text: el?.textContent?.trim() ?? "",
      isBody: el === document.body || el === null,
    };
  });
}

/** Sends the transaction `press` starts twice: refused in the wallet, then confirmed; checks focus after each. */
async function failThenConfirm(
  page: Page,
  label: string,
  press: () => Promise<void>,
  expected: { afterConfirm: "control" | "message"; control?: string },
) {
  await page.evaluate(() => (window as unknown as Wallet).__testWallet.rejectNext());
  await press();
  await page.locator('[data-status="failed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
  // Failed: focus is on the failure, an alert that says what to do.
  expect(await focused(page)).toMatchObject({
    isBody: false,
    role: "alert",
    text: `${label}: failed. You said no in your wallet app. Nothing was sent; try again when you are ready.`,
  });

  await press();
  await page.locator('[data-status="confirmed"]', { hasText: label }).last().waitFor({ timeout: 30_000 });
  // Let the page re-render with what the chain now says, then look again.
  await page.waitForTimeout(1_500);
  const after = await focused(page);
  expect(after.isBody).toBe(false);
  if (expected.afterConfirm === "message") expect(after).toMatchObject({ role: "status", text: `${label}: confirmed` });
  else expect(after).toMatchObject({ tag: "button", text: expected.control });
}

describe("focus never falls to <body>: after each kind of transaction, confirmed and failed", () => {
  const browser = browserForFile();

  it("a vote: the failure takes focus; once voted, the form is gone and the confirmation takes it", async () => {
    const page = await openPage(browser(), "/proposals/12", { as: "Hans" });
    await settle(page);
    await connect(page, "Hans");
    await page.getByRole("radio", { name: "For", exact: true }).check();
    await failThenConfirm(page, "Vote on proposal #12", () => page.getByRole("button", { name: "Cast vote" }).click(), {
      afterConfirm: "message",
    });
    await page.getByText("You voted For.").waitFor();
    await page.close();
  });

  it("a delegation: the button stays, and keeps focus once confirmed", async () => {
    const page = await openPage(browser(), "/delegation", { as: "Dennis" });
    await settle(page);
    await connect(page, "Dennis");
    await page.getByLabel("Delegate your vote to").selectOption({ label: "Anna (0x90F7…b906)" });
    await failThenConfirm(
      page,
      "Delegate your vote",
      () => page.getByRole("button", { name: "Delegate to this member" }).click(),
      { afterConfirm: "control", control: "Delegate to this member" },
    );
    await page.getByText("Your vote goes to: Anna (0x90F7…b906)").waitFor();
    await page.close();
  });

  it("a ballot: once cast the button has nothing to send, so the confirmation takes focus", async () => {
    const page = await openPage(browser(), "/rounds", { as: "Gitte" });
    await settle(page);
    await connect(page, "Gitte");
    await page.getByRole("link", { name: "Borgermillion 2026" }).click();
    await settle(page);
    await page.getByRole("heading", { name: "Your ballot for Måløv" }).waitFor();
    await page.getByRole("checkbox", { name: /Blomstereng langs stien/ }).check();
    await failThenConfirm(page, "Cast your ballot", () => page.getByRole("button", { name: "Cast ballot" }).click(), {
      afterConfirm: "message",
    });
    await page.getByText(/^Your ballot picks #\d+\. You can change it until voting closes\.$/).waitFor();
    await page.close();
  });

  it("a micro-grant's approval: the approve button is replaced by “You approved”, so the confirmation takes focus", async () => {
    const page = await openPage(browser(), "/stewards", { as: "Emma" });
    await settle(page);
    await connect(page, "Emma");
    const grant = page.locator(".pending-grant", { hasText: "Frø og jord til højbede" });
    await failThenConfirm(
      page,
      "Approve micro-grant #3",
      () => grant.getByRole("button", { name: /^Approve grant #\d+ in Hurtigpuljen 2026$/ }).click(),
      { afterConfirm: "message" },
    );
    await page.close();
  });

  it("a milestone's delivery: the form gives way to the evidence, so the confirmation takes focus", async () => {
    const page = await openPage(browser(), "/stewards", { as: "Byggesagsbehandler" });
    await settle(page);
    await connect(page, "Byggesagsbehandler");
    const last = page
      .locator(".milestone-grant", { hasText: "Nyt tag på spejderhytten i Måløv" })
      .locator(".milestone-planned");
    await last.getByLabel("Link to the evidence").fill("https://byggesag.example.dk/spejderhytten/syn.pdf");
    await last.getByLabel("Fingerprint of the evidence").fill(`0x${"5e".repeat(32)}`);
    await failThenConfirm(
      page,
      "Mark milestone 3 of “Nyt tag på spejderhytten i Måløv” delivered",
      () =>
        last
          .getByRole("button", {
            name: "Mark milestone 3 of “Nyt tag på spejderhytten i Måløv” delivered",
            exact: true,
          })
          .click(),
      { afterConfirm: "message" },
    );
    await page.close();
  });

  it("logging in moves focus to who is logged in; logging out moves it to Log in, and the picker stays closed", async () => {
    const page = await openPage(browser(), "/", { as: "Anna" });
    await settle(page);
    await connect(page, "Anna");
    expect(await focused(page)).toMatchObject({ tag: "p", text: "Logged in as Anna (0x90F7…b906)" });

    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("button", { name: CONNECT_BUTTON }).waitFor();
    // The picker used to open again by itself here.
    await page.waitForTimeout(500);
    expect(await page.locator("dialog.connect-dialog").evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await focused(page)).toMatchObject({ tag: "button", text: "Log in" });

    // And it still opens when asked.
    await page.getByRole("button", { name: CONNECT_BUTTON }).click();
    expect(await page.locator("dialog.connect-dialog").evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.close();
  });
});
