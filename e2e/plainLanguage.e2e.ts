import { describe, expect, it } from "vitest";
import { account, browserForFile, openPage, settle } from "./browser";

/** Text as shown, with Intl's no-break spaces as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** "0x2361…1E8f", as the dApp shortens an address. */
const short = (name: string) => `${account(name).slice(0, 6)}…${account(name).slice(-4)}`;

describe("plain language: kroner, explained words, right tenses", () => {
  const browser = browserForFile();

  it("a Danish proposal pays in kr., says its past in the past, and explains the minimum turnout when asked", async () => {
    const page = await openPage(browser(), "/proposals/12", { locale: "da" });
    await settle(page);
    const actions = page.locator("section", { has: page.getByRole("heading", { name: "Hvad forslaget gør" }) });
    // (The payee's verification badge follows, after its "?".)
    const pay = plain(await actions.locator("li").first().innerText()).split(" ? ")[0];
    expect(pay).toBe(
      `Betal 80.000 kr. til Ballerup Syd Legepladsforening (${short("Ballerup Syd Legepladsforening")})`,
    );

    // Voting on #12 opened in the past and closes in the future: each said in its tense.
    const timeline = await page.locator("ol.timeline li").allInnerTexts();
    expect(timeline.filter((line) => /^Afstemningen åbnede — for .+ siden/.test(line))).toHaveLength(1);
    expect(timeline.filter((line) => /^Afstemningen lukker — om /.test(line))).toHaveLength(1);
    expect(timeline.filter((line) => /^Afstemningen åbner /.test(line))).toHaveLength(0);

    // "What is this?" stays closed until asked for, then says it in a sentence or three.
    const question = page.getByText("Hvad er mindste deltagelse?", { exact: true });
    const answer = page.getByText(/^En beslutning gælder kun, hvis nok medlemmer deltager\./);
    expect(await answer.isVisible()).toBe(false);
    await question.click();
    expect(await answer.innerText()).toBe(
      "En beslutning gælder kun, hvis nok medlemmer deltager. Stemmer for og blanke stemmer tæller med i den mindste deltagelse; stemmer imod gør ikke. Deltager for få, bliver forslaget ikke vedtaget.",
    );
    await page.close();
  });

  it("a round's finished phases say when they ended, not “done until”", async () => {
    const page = await openPage(browser(), "/rounds", { locale: "sv" });
    await settle(page);
    await page.getByRole("link", { name: "Borgermillion 2026" }).click();
    await settle(page);
    const ideas = page.locator(".phase-timeline li").first();
    await ideas.waitFor();
    // "Idéer, klar, slutade 5 dec. 2026 09:29": the pauses are for screen readers.
    expect(await ideas.locator(".phase-state").innerText()).toBe("klar");
    expect(await ideas.locator(".phase-end").innerText()).toMatch(/^slutade \d/);
    await page.close();
  });

  it("the Norwegian delegation page explains what giving one's vote means", async () => {
    const page = await openPage(browser(), "/delegation", { locale: "nb" });
    await settle(page);
    await page.getByText("Hva betyr det å overlate stemmen sin?", { exact: true }).click();
    expect(await page.locator("details.explain p").innerText()).toBe(
      "Hvis du ikke kan følge med i hver avstemning, kan et annet medlem du stoler på, stemme for deg. Hen stemmer med både sin egen og din stemme til du tar din tilbake. Vil du stemme selv, tar du først stemmen din tilbake.",
    );
    await page.close();
  });
});
