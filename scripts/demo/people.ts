/**
 * The people of the local demo, by Hardhat account index (the public test mnemonic). Names
 * are labels printed by `npm start` and shown by the dApp's demo account picker; they never
 * go on chain.
 */
import type { DemoAccount } from "../../sdk/deployment";

export interface DemoPerson {
  index: number;
  name: string;
  role: DemoAccount["role"];
  district?: string;
}

const MEMBERS: [string, string][] = [
  ["Anna", "Skovlunde"],
  ["Bo", "Skovlunde"],
  ["Camilla", "Skovlunde"],
  ["Dennis", "Skovlunde"],
  ["Emma", "Måløv"],
  ["Frederik", "Måløv"],
  ["Gitte", "Måløv"],
  ["Hans", "Måløv"],
  ["Ida", "Ballerup Nord"],
  ["Jonas", "Ballerup Nord"],
  ["Karen", "Ballerup Nord"],
  ["Lars", "Ballerup Nord"],
  ["Mette", "Ballerup Syd"],
  ["Niels", "Ballerup Syd"],
  ["Olivia", "Ballerup Syd"],
  ["Peter", "Ballerup Syd"],
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { index: 0, name: "Ballerup Kommune (deployer, funds the treasury)", role: "deployer" },
  { index: 1, name: "Borgerservice (registrar)", role: "registrar" },
  { index: 2, name: "Kommunens jurist (guardian)", role: "guardian" },
  ...MEMBERS.map(([name, district], i): DemoPerson => ({ index: 3 + i, name, role: "member", district })),
  { index: 19, name: "Skovlunde Ungdomsklub", role: "payee" },
  { index: 20, name: "Måløv Grundejerforening", role: "payee" },
  { index: 21, name: "Ballerup Nord Fællesskabshave", role: "payee" },
  { index: 22, name: "Ballerup Syd Legepladsforening", role: "payee" },
  { index: 23, name: "Sofie (resident, not a member yet)", role: "resident", district: "Måløv" },
  { index: 24, name: "Økonomiafdelingen (verifies payees)", role: "verifier" },
  { index: 25, name: "Byggesagsbehandler (steward, confirms milestones)", role: "steward" },
  { index: 26, name: "Tømrerfirmaet Bach ApS", role: "payee" },
  // The content service's people: texts off chain are moderated and, on request, erased.
  { index: 27, name: "Kommunikationsafdelingen (moderates texts)", role: "moderator" },
  { index: 28, name: "Databeskyttelsesrådgiver (erases texts on request)", role: "erasureOfficer" },
];

/** The content service's own account: it anchors the erasure log on chain (no other role). */
export const CONTENT_SERVICE_ACCOUNT = 29;

export function person(name: string): DemoPerson {
  const found = DEMO_PEOPLE.find((p) => p.name === name || p.name.startsWith(`${name} `));
  if (!found) throw new Error(`No demo person called ${name}`);
  return found;
}
