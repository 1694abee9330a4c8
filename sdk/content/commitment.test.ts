import { concat, keccak256, numberToHex, pad, toBytes } from "viem";
import { describe, expect, it } from "vitest";
import {
  canonicalText,
  COMMITMENT_DOMAIN,
  type CommittedText,
  matchesCommitment,
  random32,
  textCommitment,
  textHash,
} from "./commitment";
import { TEXT_KINDS } from "./kinds";
import { referencedCommitment, textReference } from "./reference";
import { parseDescription, proposalDescription } from "../model/description";
import { checkedText, textProblems } from "./validate";

const ROUND = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const idea = {
  chainId: 31337,
  contract: ROUND,
  kind: "idea",
  objectId: `0x${"11".repeat(32)}`,
  version: 1,
  salt: `0x${"22".repeat(32)}`,
  fields: { title: "Bænke ved søstien", description: "Ti egetræsbænke\r\nmellem biblioteket og bådklubben." },
} as const;

describe("text commitments", () => {
  it("hash the kind's fields in order, NFC-normalised, line breaks as \\n", () => {
    expect(canonicalText("idea", idea.fields)).toBe(
      '["Bænke ved søstien","Ti egetræsbænke\\nmellem biblioteket og bådklubben."]',
    );
    // "å" typed as "a" and a combining ring is another byte string; NFC makes it the same text.
    const typed = { title: "Bænke ved åen", description: "x" };
    const decomposed = { title: typed.title.normalize("NFD"), description: "x" };
    expect(decomposed.title).not.toBe(typed.title);
    expect(textHash("idea", decomposed)).toBe(textHash("idea", typed));
  });

  it("are keccak256 of the ABI encoding of domain, chain, contract, kind, object, version, salt and text hash", () => {
    // Every part is a static type, so the ABI encoding is eight 32-byte words, one after another.
    const word = (n: number) => numberToHex(n, { size: 32 });
    const expected = keccak256(
      concat([
        keccak256(toBytes("Pulje text commitment v1")),
        word(31337),
        pad(ROUND),
        word(1),
        idea.objectId,
        word(1),
        idea.salt,
        keccak256(toBytes('["Bænke ved søstien","Ti egetræsbænke\\nmellem biblioteket og bådklubben."]')),
      ]),
    );
    expect(COMMITMENT_DOMAIN).toBe(keccak256(toBytes("Pulje text commitment v1")));
    expect(textCommitment(idea)).toBe(expected);
    expect(matchesCommitment(idea, expected.toUpperCase().replace("0X", "0x") as `0x${string}`)).toBe(true);
  });

  it("change with every part of the place, the salt and the text", () => {
    const base = textCommitment(idea);
    const variants: CommittedText[] = [
      { ...idea, chainId: 1 },
      { ...idea, contract: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" as const },
      { ...idea, kind: "pool" as const, fields: { name: idea.fields.title, mandate: idea.fields.description } },
      { ...idea, objectId: `0x${"12".repeat(32)}` as const },
      { ...idea, version: 2 },
      { ...idea, salt: `0x${"23".repeat(32)}` as const },
      { ...idea, fields: { ...idea.fields, description: `${idea.fields.description} ` } },
    ];
    const all = new Set([base, ...variants.map((v) => textCommitment(v))]);
    expect(all.size).toBe(variants.length + 1);
  });

  it("refuse a version that is not a revision number", () => {
    expect(() => textCommitment({ ...idea, version: 0 })).toThrow("version 0 is not a revision number");
  });

  it("give every kind its own code", () => {
    const codes = Object.values(TEXT_KINDS).map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("use fresh 32-byte salts", () => {
    const a = random32();
    expect(a).toMatch(/^0x[0-9a-f]{64}$/);
    expect(random32()).not.toBe(a);
  });
});

describe("text references and descriptions", () => {
  const commitment = `0x${"ab".repeat(32)}` as const;
  const proposer = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  it("put a reference and the proposer suffix in a description, the title only when published", () => {
    expect(proposalDescription(null, commitment, proposer)).toBe(
      `pulje-text:${commitment}\n\n#proposer=0x70997970C51812dc3A010C7d01b50e0d17dc79C8`,
    );
    const titled = proposalDescription("  Benches\nby the lake ", commitment, proposer);
    expect(titled).toBe(
      `# Benches by the lake\n\npulje-text:${commitment}\n\n#proposer=0x70997970C51812dc3A010C7d01b50e0d17dc79C8`,
    );
    expect(parseDescription(titled)).toEqual({ publicTitle: "Benches by the lake", text: commitment });
    expect(parseDescription(proposalDescription(null, commitment, proposer))).toEqual({
      publicTitle: null,
      text: commitment,
    });
    expect(parseDescription("# Old style\n\nclear text")).toEqual({ publicTitle: "Old style", text: null });
  });

  it("are 77 characters a vote reason can carry", () => {
    expect(textReference(commitment)).toHaveLength(77);
    expect(referencedCommitment(textReference(commitment))).toBe(commitment);
    expect(() => textReference("0x1234")).toThrow("is not 32 bytes");
  });
});

describe("text validation", () => {
  it("names each missing, too long or unknown field", () => {
    expect(textProblems("idea", { title: " ", description: "x".repeat(4_001), colour: "red" })).toEqual([
      { field: "title", problem: "missing" },
      { field: "description", problem: "tooLong", max: 4_000, length: 4_001 },
      { field: "colour", problem: "unknown" },
    ]);
  });

  it("counts characters, not UTF-16 units, and lets optional fields be empty", () => {
    expect(textProblems("idea", { title: "🌳".repeat(120), description: "ok" })).toEqual([]);
    expect(checkedText("milestoneEvidence", { uri: "https://example.org/report.pdf" })).toEqual({
      uri: "https://example.org/report.pdf",
      note: "",
    });
    expect(() => checkedText("review", {})).toThrow("Not a valid review text: reason is missing");
  });
});
