import { describe, expect, it } from "vitest";
import { payeeLabel } from "./payeeLabel";

const STRANGER = "0x1234567890AbcdEF1234567890aBcdef12345678";
/** A demo account (Camilla), whom the dApp knows by name on the demo chain. */
const CAMILLA = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";

describe("a payee in a sentence", () => {
  it("is named by the legal name the registry's verifier found, with the short address", () => {
    expect(payeeLabel(STRANGER, "Vej & Park Entreprise ApS")).toBe("Vej & Park Entreprise ApS (0x1234…5678)");
    expect(payeeLabel(CAMILLA, "Camillas Café ApS")).toBe("Camillas Café ApS (0x9965…A4dc)");
  });

  it("without a legal name to show, is the address as everywhere else", () => {
    expect(payeeLabel(STRANGER, null)).toBe("0x1234…5678");
    expect(payeeLabel(STRANGER, "  ")).toBe("0x1234…5678");
    expect(payeeLabel(CAMILLA, null)).toBe("Camilla (0x9965…A4dc)");
  });
});
