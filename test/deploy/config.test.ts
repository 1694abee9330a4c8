import { expect } from "chai";
import { formatDuration, parseDuration } from "../../sdk/config/duration";
import { ConfigError, FieldReader, parseTime } from "../../sdk/config/fields";
import { formatFeePerGas } from "../../sdk/config/feePerGas";
import { configToJson, DEFAULT_MAX_FEE_PER_GAS, parseFundConfig } from "../../sdk/config/fund";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const B = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const C = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

function valid(overrides: Record<string, unknown> = {}) {
  return {
    name: "Ballerup Borgermillion",
    votingMode: "membership",
    districts: ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"],
    votingDelay: "1 day",
    votingPeriod: "5 days",
    lateQuorumExtension: "1 day",
    timelockDelay: "2 days",
    quorumPercent: 10,
    proposalThreshold: 1,
    registrars: [A],
    guardian: B,
    members: [{ account: C, district: "Måløv" }],
    ...overrides,
  };
}

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseFundConfig(raw);
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("deploy config", () => {
  it("normalises a valid membership config: seconds, bigints, checksummed addresses", () => {
    const config = parseFundConfig(valid({ registrars: [A.toLowerCase()] }));
    expect(config).to.deep.include({
      votingDelay: 86_400,
      votingPeriod: 432_000,
      lateQuorumExtension: 86_400,
      timelockDelay: 172_800,
      quorumPercent: 10,
      proposalThreshold: 1n,
      registrars: [A],
      guardian: B,
      registrarContact: "",
      token: null,
      assets: [],
      admissionLimit: { count: 100, period: 604_800 },
      majority: { numerator: 1, denominator: 2 },
    });
    expect(config.members).to.deep.equal([{ account: C, district: "Måløv" }]);
  });

  it("reads a token config with amounts in whole tokens", () => {
    const config = parseFundConfig(
      valid({
        votingMode: "token",
        districts: undefined,
        registrars: undefined,
        members: undefined,
        proposalThreshold: "1000.5",
        token: { name: "Vote", symbol: "V", holders: [{ account: A, amount: "250000" }] },
      }),
    );
    expect(config.proposalThreshold).to.equal(1000_500000000000000000n);
    expect(config.token!.holders).to.deep.equal([{ account: A, amount: 250000n * 10n ** 18n }]);
  });

  it("reads the majority as a fraction or a percent, in lowest terms", () => {
    const majorityOf = (majority: unknown) => parseFundConfig(valid({ majority })).majority;
    expect(majorityOf("2/3")).to.deep.equal({ numerator: 2, denominator: 3 });
    expect(majorityOf(" 6 / 10 ")).to.deep.equal({ numerator: 3, denominator: 5 });
    expect(majorityOf("60 %")).to.deep.equal({ numerator: 3, denominator: 5 });
    expect(majorityOf("66.67%")).to.deep.equal({ numerator: 6667, denominator: 10_000 });
    expect(majorityOf("50 %")).to.deep.equal({ numerator: 1, denominator: 2 });
    expect(majorityOf("1/1")).to.deep.equal({ numerator: 1, denominator: 1 });
    expect(majorityOf("100 %")).to.deep.equal({ numerator: 1, denominator: 1 });
    expect(majorityOf("32768/65535")).to.deep.equal({ numerator: 32_768, denominator: 65_535 });
  });

  const MAJORITY_RANGE =
    'majority: must be a share of For + Against from one half to all: a fraction from "1/2" to "1/1" (denominator at most 65535) or a percent from "50 %" to "100 %", got';
  for (const bad of ["49/100", "3/2", "0/0", "1/0", "49.99 %", "100.01 %", "60", 0.6, "2/3/4", "32768/65536"])
    it(`refuses the majority ${JSON.stringify(bad)}, naming the field and the range`, () => {
      expect(problemsOf(valid({ majority: bad }))).to.deep.equal([`${MAJORITY_RANGE} ${JSON.stringify(bad)}`]);
    });

  const cases: [string, Record<string, unknown>, string][] = [
    [
      "an unknown district",
      { members: [{ account: C, district: "Herlev" }] },
      'members[0].district: unknown district "Herlev" (known: Skovlunde, Måløv, Ballerup Nord, Ballerup Syd)',
    ],
    ["quorum over 100 %", { quorumPercent: 101 }, "quorumPercent: must be a whole number from 1 to 100, got 101"],
    ["a fractional quorum", { quorumPercent: 12.5 }, "quorumPercent: must be a whole number from 1 to 100, got 12.5"],
    ["a zero voting period", { votingPeriod: 0 }, "votingPeriod: must be longer than zero"],
    ["a zero timelock delay", { timelockDelay: "0 days" }, "timelockDelay: must be longer than zero"],
    [
      "an unreadable duration",
      { votingDelay: "soon" },
      'votingDelay: must be seconds or a text like "2 days" (units: seconds, minutes, hours, days, weeks), got "soon"',
    ],
    [
      "a late-quorum extension longer than the vote",
      { lateQuorumExtension: "6 days" },
      "lateQuorumExtension: must not be longer than votingPeriod (432000 s)",
    ],
    [
      "a duplicate member",
      {
        members: [
          { account: C, district: "Måløv" },
          { account: C.toLowerCase(), district: "Skovlunde" },
        ],
      },
      `members[1].account: duplicate of members[0].account (${C})`,
    ],
    [
      "a bad address",
      { guardian: "0x123" },
      'guardian: must be an address (0x followed by 40 hex digits), got "0x123"',
    ],
    ["a wrong checksum", { guardian: B.replace("C44", "c44") }, `guardian: has a wrong checksum (did you mean ${B}?)`],
    [
      "the zero address",
      { registrars: ["0x0000000000000000000000000000000000000000"] },
      "registrars[0]: must not be the zero address",
    ],
    ["no registrar", { registrars: [] }, "registrars: a membership fund needs at least one registrar to admit members"],
    ["no district", { districts: [], members: [] }, "districts: a membership fund needs at least one district"],
    ["a duplicate district", { districts: ["A", "A"], members: [] }, "districts[1]: duplicate of districts[0] (A)"],
    [
      "an unknown voting mode",
      { votingMode: "quadratic" },
      'votingMode: must be "membership" or "token", got "quadratic"',
    ],
    [
      "a fractional threshold in membership mode",
      { proposalThreshold: "1.5" },
      "proposalThreshold: must be a whole number of votes",
    ],
    [
      "a negative threshold",
      { proposalThreshold: -1 },
      "proposalThreshold: must be a non-negative amount in whole votes, got -1",
    ],
    [
      "a threshold of 0, which would let anyone propose",
      { proposalThreshold: 0 },
      "proposalThreshold: must be at least 1: with 0 anyone could propose",
    ],
    [
      "an admission limit without a period",
      { admissionLimit: { count: 20 } },
      'admissionLimit.period: must be seconds or a text like "2 days", got undefined',
    ],
    [
      "a negative admission limit",
      { admissionLimit: { count: -1, period: "7 days" } },
      "admissionLimit.count: must be a whole number from 0 to 4294967295, got -1",
    ],
    ["a missing name", { name: "" }, "name: must be a non-empty text"],
    [
      "a name too long to sign with",
      { name: "Ballerup Kommunes Borgermillion 2026" },
      "name: must be at most 31 bytes (it names the contract's signing domain), got 36",
    ],
    [
      "a token section in membership mode",
      { token: { name: "x" } },
      'token: only a token-weighted fund (votingMode "token") has a token section',
    ],
    ["members given as an object", { members: {} }, "members: must be a list"],
  ];
  for (const [what, overrides, message] of cases) {
    it(`refuses ${what}, naming the field`, () => {
      expect(problemsOf(valid(overrides))).to.include(message);
    });
  }

  it("refuses token-mode mistakes, naming each field", () => {
    const problems = problemsOf(
      valid({
        votingMode: "token",
        registrars: undefined,
        token: {
          name: "",
          symbol: "V",
          holders: [
            { account: A, amount: "x" },
            { account: A, amount: "1" },
          ],
        },
      }),
    );
    expect(problems).to.include.members([
      "members: a token-weighted fund has holders (token.holders), not members",
      "token.name: must be a non-empty text",
      'token.holders[0].amount: must be a non-negative amount in whole tokens, got "x"',
      `token.holders[1].account: duplicate of token.holders[0].account (${A})`,
    ]);
    expect(problemsOf(valid({ votingMode: "token", members: [], token: undefined }))).to.include(
      "token: a token-weighted fund needs a token section",
    );
  });

  it("lists every problem at once, not just the first", () => {
    const problems = problemsOf(valid({ quorumPercent: 0, votingPeriod: 0, guardian: "nope" }));
    expect(problems).to.have.length(3);
    expect(() => parseFundConfig(valid({ quorumPercent: 0 }))).to.throw(ConfigError, /quorumPercent/);
  });

  it("refuses a config that is not an object", () => {
    expect(problemsOf([])).to.include("(root): must be a JSON object");
  });

  it("reads tracked assets", () => {
    expect(parseFundConfig(valid({ assets: [{ symbol: "DKKT", address: A }] })).assets).to.deep.equal([
      { symbol: "DKKT", address: A },
    ]);
    expect(problemsOf(valid({ assets: ["DKKT"] }))).to.include("assets[0]: must be an object with symbol and address");
  });

  it("reads the paymaster's sponsorship: gas per member per period, the period, and the fee cap", () => {
    const sponsored = (sponsorship: Record<string, unknown>) =>
      parseFundConfig(valid({ passkeyAccounts: true, sponsorship })).sponsorship;
    expect(sponsored({ gasPerPeriod: 3_000_000, period: "30 days", maxFeePerGas: "2.5 gwei" })).to.deep.equal({
      gasPerPeriod: 3_000_000,
      period: 2_592_000,
      maxFeePerGas: 2_500_000_000n,
    });
    // Left out: DEFAULT_MAX_FEE_PER_GAS, 10 gwei.
    expect(sponsored({ gasPerPeriod: 3_000_000, period: "30 days" })!.maxFeePerGas).to.equal(10_000_000_000n);
    expect(DEFAULT_MAX_FEE_PER_GAS).to.equal("10 gwei");
    expect(sponsored({ gasPerPeriod: 1, period: 1, maxFeePerGas: "1500 wei" })!.maxFeePerGas).to.equal(1500n);
    // As the deployments file keeps it: wei as a decimal string.
    const config = parseFundConfig(valid({ passkeyAccounts: true, sponsorship: { gasPerPeriod: 1, period: 1 } }));
    expect(configToJson(config).sponsorship).to.deep.equal({ gasPerPeriod: 1, period: 1, maxFeePerGas: "10000000000" });
    // And as the deployment's log writes it.
    expect([formatFeePerGas(10_000_000_000n), formatFeePerGas(2_500_000_000n)]).to.deep.equal(["10 gwei", "2.5 gwei"]);
  });

  const feeCases: [string, unknown, string][] = [
    [
      "a fee cap without its unit",
      10,
      'must be a fee per gas with its unit, like "10 gwei" (units: gwei, wei), got 10',
    ],
    [
      "a fee cap in ether",
      "0.00000001 eth",
      'must be a fee per gas with its unit, like "10 gwei" (units: gwei, wei), got "0.00000001 eth"',
    ],
    ["a fee cap of zero", "0 gwei", "must be more than 0 wei"],
    ["a fee cap finer than a wei", "0.0000000005 gwei", "has more than 9 decimals"],
    ["a fractional wei", "1.5 wei", "must be a whole number of wei"],
  ];
  for (const [what, maxFeePerGas, message] of feeCases) {
    it(`refuses ${what}, naming the field`, () => {
      const sponsorship = { gasPerPeriod: 3_000_000, period: "30 days", maxFeePerGas };
      expect(problemsOf(valid({ passkeyAccounts: true, sponsorship }))).to.deep.equal([
        `sponsorship.maxFeePerGas: ${message}`,
      ]);
    });
  }
});

describe("durations", () => {
  it("reads seconds and written durations", () => {
    expect(parseDuration(3600)).to.equal(3600);
    expect(parseDuration("45s")).to.equal(45);
    expect(parseDuration("90 minutes")).to.equal(5400);
    expect(parseDuration("36 hours")).to.equal(129_600);
    expect(parseDuration("1 day")).to.equal(86_400);
    expect(parseDuration("2 Weeks")).to.equal(1_209_600);
    expect(parseDuration("600")).to.equal(600);
    expect(() => parseDuration(1.5)).to.throw("must be a whole number of seconds, got 1.5");
    expect(() => parseDuration(null)).to.throw(/must be seconds or a text/);
    expect(() => parseDuration("2 fortnights")).to.throw(/units: seconds/);
  });

  it("writes durations the way people say them", () => {
    expect(formatDuration(0)).to.equal("0 seconds");
    expect(formatDuration(86_400)).to.equal("1 day");
    expect(formatDuration(2 * 86_400 + 6 * 3600)).to.equal("2 days 6 hours");
    expect(formatDuration(45)).to.equal("45 seconds");
    expect(formatDuration(604_800 + 60)).to.equal("1 week 1 minute");
  });
});

describe("field readers (sdk/config/fields)", () => {
  const read = (use: (f: FieldReader) => unknown) => {
    const f = new FieldReader("test file");
    const value = use(f);
    return { value, problems: f.problems };
  };

  it("reads addresses: checksummed, unchecksummed in one case, and refuses a wrong checksum", () => {
    expect(read((f) => f.address(B.toLowerCase(), "a"))).to.deep.equal({ value: B, problems: [] });
    expect(read((f) => f.address(`0x${B.slice(2).toUpperCase()}`, "a"))).to.deep.equal({ value: B, problems: [] });
    expect(read((f) => f.address(B.replace("C44", "c44"), "a")).problems).to.deep.equal([
      `a: has a wrong checksum (did you mean ${B}?)`,
    ]);
  });

  it("reads amounts in whole units and refuses more decimals than the asset has, rather than rounding", () => {
    const dkkt = { decimals: 6, positive: true };
    expect(read((f) => f.amount("1.5", "a", dkkt)).value).to.equal(1_500_000n);
    expect(read((f) => f.amount(2500, "a", dkkt)).value).to.equal(2_500_000_000n);
    expect(read((f) => f.amount("1.0000005", "a", dkkt)).problems).to.deep.equal(["a: has more than 6 decimals"]);
    expect(read((f) => f.amount("0", "a", dkkt)).problems).to.deep.equal([
      'a: must be a positive amount in whole units, e.g. "5000", got "0"',
    ]);
    expect(read((f) => f.amount("0", "a", { decimals: 0, positive: false, unit: "votes" })).value).to.equal(0n);
  });

  it("reads times as ISO dates or a duration from now", () => {
    expect(parseTime("+2 days", 1_000)).to.equal(1_000 + 172_800);
    expect(parseTime("2026-12-20T12:00:00Z", 0)).to.equal(1_797_768_000);
    expect(() => parseTime("soon", 0)).to.throw('must be an ISO date or "+<duration>", got "soon"');
  });

  it("checks lists, counts, choices and duplicates, and throws every problem at once", () => {
    const f = new FieldReader("pool");
    f.list("x", "committee");
    f.list([], "milestones", { min: 1, max: 16, items: "milestones" });
    f.oneOf("Quick", "kind", ["QuickPool", "TaskGroup"]);
    f.duplicates([A, B, A.toLowerCase()], "committee");
    f.wholeNumber(5, "threshold", { min: 1, max: 3, note: "the committee" });
    expect(() => f.done()).to.throw(
      ConfigError,
      [
        "Invalid pool:",
        "  - committee: must be a list",
        "  - milestones: must list 1 to 16 milestones, got 0",
        '  - kind: must be "QuickPool" or "TaskGroup", got "Quick"',
        `  - committee[2]: duplicate of committee[0] (${A.toLowerCase()})`,
        "  - threshold: must be a whole number from 1 to 3 (the committee), got 5",
      ].join("\n"),
    );
  });
});
