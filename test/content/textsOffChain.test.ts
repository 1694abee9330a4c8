import { expect } from "chai";
import { artifacts } from "hardhat";
import { FUND_CONTRACTS } from "../../sdk/contracts/list";

interface AbiParam {
  name: string;
  type: string;
  components?: AbiParam[];
}
interface AbiItem {
  type: string;
  name?: string;
  stateMutability?: string;
  inputs?: AbiParam[];
  outputs?: AbiParam[];
}

/**
 * Where a fund contract may still carry a string, and why each one is no person's words. Every
 * other string in an event, a view's answer or a function's input fails the test: that is how a
 * contract would put free text on a chain where it can never be erased.
 */
const REVIEWED: Record<string, string> = {
  // Standard metadata, fixed at deployment by the fund's configuration.
  "*.name()": "ERC-20/ERC-721/Governor name, from the fund's configuration",
  "*.symbol()": "token symbol, from the fund's configuration",
  "*.version()": "the governor's EIP-712 version",
  "*.CLOCK_MODE()": "ERC-6372 clock description",
  "*.COUNTING_MODE()": "Governor counting description",
  "*.eip712Domain()": "EIP-5267 signing domain (name and version)",
  "*.tokenURI(uint256)": "ERC-721 metadata (empty for memberships)",
  // District names are the fund's own configuration, named by a passed proposal.
  "Membership.event DistrictAdded": "a district's name, the fund's configuration",
  "Membership.districtName(uint16)": "a district's name, the fund's configuration",
  "Membership.addDistrict(string)": "a district's name, the fund's configuration",
  // OpenZeppelin's Governor takes a description and reasons as strings. Pulje's description is a
  // reference to the text off chain and, only when its proposer chose to publish it, a title;
  // a vote's reason must be empty or a reference (GovernorReasonReferences enforces it).
  "PuljeGovernor.event ProposalCreated": "a reference, and a title the proposer chose to publish",
  "PuljeGovernor.propose(address[],uint256[],bytes[],string)": "as ProposalCreated",
  "PuljeGovernor.event VoteCast": "empty or a reference: enforced on chain",
  "PuljeGovernor.event VoteCastWithParams": "empty or a reference: enforced on chain",
  "PuljeGovernor.castVoteWithReason(uint256,uint8,string)": "empty or a reference: enforced on chain",
  "PuljeGovernor.castVoteWithReasonAndParams(uint256,uint8,string,bytes)": "empty or a reference: enforced on chain",
  "PuljeGovernor.castVoteWithReasonAndParamsBySig(uint256,uint8,address,string,bytes,bytes)":
    "empty or a reference: enforced on chain",
};

function hasString(params: AbiParam[] | undefined): boolean {
  return (params ?? []).some((p) => p.type.startsWith("string") || hasString(p.components));
}

function signature(item: AbiItem): string {
  return `${item.name}(${(item.inputs ?? []).map((p) => p.type).join(",")})`;
}

/** Every place in `artifact`'s ABI where a string goes in or comes out, as the allow-list names them. */
function stringPlaces(artifact: string, abi: AbiItem[]): string[] {
  const places: string[] = [];
  for (const item of abi) {
    if (item.type === "event" && hasString(item.inputs)) places.push(`${artifact}.event ${item.name}`);
    if (item.type !== "function") continue;
    const view = item.stateMutability === "view" || item.stateMutability === "pure";
    if ((view && hasString(item.outputs)) || hasString(item.inputs)) places.push(`${artifact}.${signature(item)}`);
  }
  return places;
}

function reviewed(place: string): boolean {
  return place in REVIEWED || `*.${place.slice(place.indexOf(".") + 1)}` in REVIEWED;
}

describe("Texts stay off chain", () => {
  const names = [...new Set(Object.values(FUND_CONTRACTS).map((c) => c.artifact))].sort();

  for (const name of names) {
    it(`${name}: no string in an event, a view or an input, except the reviewed ones`, async () => {
      const { abi } = await artifacts.readArtifact(name);
      const unreviewed = stringPlaces(name, abi as AbiItem[]).filter((place) => !reviewed(place));
      expect(unreviewed).to.deep.equal([]);
    });
  }

  it("reviews only places that exist, so the list cannot grow stale", async () => {
    const all = new Set<string>();
    for (const name of names) {
      for (const place of stringPlaces(name, (await artifacts.readArtifact(name)).abi as AbiItem[])) {
        all.add(place);
        all.add(`*.${place.slice(place.indexOf(".") + 1)}`);
      }
    }
    expect(Object.keys(REVIEWED).filter((place) => !all.has(place))).to.deep.equal([]);
  });

  it("finds a string wherever it hides: event, view answer, input, tuple", () => {
    const abi: AbiItem[] = [
      { type: "event", name: "Said", inputs: [{ name: "words", type: "string" }] },
      { type: "function", name: "words", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "string" }] },
      { type: "function", name: "say", stateMutability: "nonpayable", inputs: [{ name: "w", type: "string[]" }] },
      {
        type: "function",
        name: "open",
        stateMutability: "nonpayable",
        inputs: [{ name: "p", type: "tuple", components: [{ name: "mandate", type: "string" }] }],
      },
      {
        type: "function",
        name: "count",
        stateMutability: "view",
        inputs: [],
        outputs: [{ name: "", type: "uint256" }],
      },
    ];
    expect(stringPlaces("X", abi)).to.deep.equal(["X.event Said", "X.words()", "X.say(string[])", "X.open(tuple)"]);
  });
});
