/**
 * The people of the token-weighted demo (config/token-demo.json): a creators' fund that a
 * regional media centre in Skåne fills and its game and film makers govern by their holdings.
 * The holders keep the account indices and first names of the citizen-million demo's members,
 * so the browser tests' helpers find them by name in either demo; labels never go on chain.
 * Holdings and delegations are not in the labels: they change, and the dApp reads them.
 */
import type { DemoPerson } from "./people";

export const TOKEN_DEMO_PEOPLE: DemoPerson[] = [
  { index: 0, name: "Mediecentrum Skåne (deployer, funds the treasury)", role: "deployer" },
  { index: 2, name: "Centrets jurist (guardian)", role: "guardian" },
  { index: 3, name: "Anna (game studio)", role: "holder" },
  { index: 4, name: "Bo (film collective)", role: "holder" },
  { index: 5, name: "Camilla (animator)", role: "holder" },
  { index: 6, name: "Dennis (sound designer)", role: "holder" },
  { index: 7, name: "Emma (documentary maker)", role: "holder" },
  { index: 8, name: "Frederik (student)", role: "holder" },
  { index: 19, name: "Spelhuset Malmö", role: "payee" },
  { index: 20, name: "Filmverkstan Lund", role: "payee" },
  { index: 23, name: "Sofie (game maker, no tokens yet)", role: "resident" },
  // The content service's people: texts off chain are moderated and, on request, erased.
  { index: 27, name: "Kommunikationsavdelningen (moderates texts)", role: "moderator" },
  { index: 28, name: "Dataskyddsombudet (erases texts on request)", role: "erasureOfficer" },
];

export function tokenPerson(name: string): DemoPerson {
  const found = TOKEN_DEMO_PEOPLE.find((p) => p.name === name || p.name.startsWith(`${name} `));
  if (!found) throw new Error(`No token demo person called ${name}`);
  return found;
}
