import { describe, expect, it } from "vitest";
import { guessTextLanguage, userTextLang } from "./textLanguage";

describe("the language of a member's own text", () => {
  it("is guessed from its small words and letters when they say it clearly", () => {
    expect(
      guessTextLanguage("LED-kæder i træerne på torvet, så det bliver trygt at gå hjem efter mørkets frembrud."),
    ).toBe("da");
    expect(guessTextLanguage("Vi vil bygge et tak over benkene, og det blir lyst etter at det er mørkt.")).toBe("nb");
    expect(guessTextLanguage("Bänkar vid sjön, så att äldre kan vila på vägen till torget.")).toBe("sv");
    expect(guessTextLanguage("Benches by the lake, for the elderly to rest on the way to the square.")).toBe("en");
  });

  it("is left unknown when the text is too short to tell", () => {
    expect(guessTextLanguage("Julebelysning på Skovlunde Torv")).toBeNull();
    expect(guessTextLanguage("Bordtennisbord")).toBeNull();
  });

  it("is marked only where it differs from the page's, and a title may borrow its description's", () => {
    const body = "Ti egetræsbænke mellem biblioteket og bådklubben, så man kan hvile sig på vejen.";
    expect(userTextLang(body, "en")).toBe("da");
    expect(userTextLang(body, "da")).toBeUndefined();
    expect(userTextLang("Bænke ved søstien", "en", body)).toBe("da");
  });
});
