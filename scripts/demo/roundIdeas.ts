/**
 * The ideas of the demo's two budget rounds: who sent them, to which district, what the
 * reviewers said, and (by name) the residents who pick them. Districts: 0 Skovlunde, 1 Måløv,
 * 2 Ballerup Nord, 3 Ballerup Syd; costs in whole DKKT.
 */
import type { ReviewReason } from "../../sdk/model/rounds";

export interface DemoIdea {
  by: string;
  district: number;
  cost: string;
  title: string;
  description: string;
  /** The reviewer's decision; `code` is the reason code an infeasible idea gets on chain. */
  review: { feasible: boolean; reason: string; code?: ReviewReason; cost?: string; payee?: string };
  votes?: string[];
}

const SKOVLUNDE = "Skovlunde Ungdomsklub";
const MALOV = "Måløv Grundejerforening";
const NORD = "Ballerup Nord Fællesskabshave";
const SYD = "Ballerup Syd Legepladsforening";
const ok = (payee: string, reason = "Gennemførlig inden for budget og lovgivning", cost?: string) => ({
  feasible: true,
  reason,
  payee,
  cost,
});
const no = (code: ReviewReason, reason: string) => ({ feasible: false, code, reason });

/** The 2025 trial round: 100,000 DKKT a district, two ideas each. */
export const FINISHED_ROUND_IDEAS: readonly DemoIdea[] = [
  {
    by: "Anna",
    district: 0,
    cost: "40000",
    title: "Bænke ved Skovlunde Sø",
    description: "Fem bænke med udsigt over søen.",
    review: ok(SKOVLUNDE),
    votes: ["Anna", "Bo", "Camilla"],
  },
  {
    by: "Dennis",
    district: 0,
    cost: "30000",
    title: "Cykelreparationsstation",
    description: "Pumpe og værktøj ved biblioteket.",
    review: ok(SKOVLUNDE, "Pris opdateret efter tilbud", "35000"),
    votes: ["Dennis", "Camilla"],
  },
  {
    by: "Gitte",
    district: 1,
    cost: "15000",
    title: "Insekthotel ved skolen",
    description: "Bygget sammen med 4. klasse.",
    review: ok(MALOV),
    votes: ["Gitte", "Hans", "Emma"],
  },
  {
    by: "Frederik",
    district: 1,
    cost: "95000",
    title: "Vandlegeplads",
    description: "Fontæner og vandrender til de mindste.",
    review: no("NotPossible", "Kræver ny vandforsyning, som ikke kan nås i år"),
  },
  {
    by: "Jonas",
    district: 2,
    cost: "70000",
    title: "Udendørs fitness",
    description: "Seks redskaber ved løbestien.",
    review: ok(NORD),
    votes: ["Jonas", "Karen", "Lars"],
  },
  {
    by: "Ida",
    district: 2,
    cost: "45000",
    title: "Julebelysning på torvet",
    description: "Lyskæder i træerne fra 1. december.",
    review: ok(NORD),
    votes: ["Ida"],
  },
  {
    by: "Niels",
    district: 3,
    cost: "8000",
    title: "Bogbytteskab",
    description: "Et vejrfast skab ved busstoppestedet.",
    review: ok(SYD),
    votes: ["Niels", "Mette"],
  },
  {
    by: "Peter",
    district: 3,
    cost: "25000",
    title: "Petanquebane",
    description: "To baner ved ældreboligerne.",
    review: ok(SYD),
    votes: ["Peter", "Olivia", "Mette"],
  },
];

/** The 2026 citizen million: 250,000 DKKT a district, five ideas each, in its voting phase. */
export const CURRENT_ROUND_IDEAS: readonly DemoIdea[] = [
  {
    by: "Camilla",
    district: 0,
    cost: "180000",
    title: "Multibane ved Skovlunde Skole",
    description: "Kunststofbane til fodbold, basket og hockey.",
    review: ok(SKOVLUNDE, "Pris opdateret efter tilbud fra entreprenør", "195000"),
    votes: ["Camilla"],
  },
  {
    by: "Anna",
    district: 0,
    cost: "120000",
    title: "Naturlegeplads i Skovlunde Bypark",
    description: "Klatretræer, balancebomme og en bålplads.",
    review: ok(SKOVLUNDE),
    votes: ["Anna", "Bo"],
  },
  {
    by: "Dennis",
    district: 0,
    cost: "240000",
    title: "Stiforbindelse til Harrestrup Å",
    description: "En grusstí langs åen.",
    review: no("AgainstRules", "Kræver tilladelse fra Vejdirektoratet; kan ikke nås i år"),
  },
  {
    by: "Bo",
    district: 0,
    cost: "60000",
    title: "Fællesværksted i kælderen",
    description: "Værktøj og høvlebænke til alle.",
    review: ok(SKOVLUNDE),
    votes: ["Bo", "Dennis"],
  },
  {
    by: "Anna",
    district: 0,
    cost: "45000",
    title: "Shelter ved Kagsmosen",
    description: "To sheltere til overnatning i naturen.",
    review: ok(SKOVLUNDE),
    votes: ["Anna", "Camilla", "Dennis"],
  },
  {
    by: "Emma",
    district: 1,
    cost: "90000",
    title: "Måløv Bytorv: bænke og plantekasser",
    description: "Grønt og siddepladser på torvet.",
    review: ok(MALOV),
    votes: ["Emma"],
  },
  {
    by: "Hans",
    district: 1,
    cost: "230000",
    title: "Skaterbowl ved Måløv Station",
    description: "En betonbowl til skatere og løbehjul.",
    review: ok(MALOV, "Pris opdateret efter jordbundsundersøgelse", "250000"),
    votes: ["Frederik", "Hans"],
  },
  {
    by: "Gitte",
    district: 1,
    cost: "70000",
    title: "Bålhytte ved spejderhuset",
    description: "Åben for alle uden for spejdernes møder.",
    review: ok(MALOV),
    votes: ["Emma"],
  },
  {
    by: "Frederik",
    district: 1,
    cost: "30000",
    title: "Gratis wifi på torvet",
    description: "Trådløst net på Måløv Bytorv.",
    review: no("OutsideMandate", "Kommunen må ikke drive internetadgang i konkurrence med private udbydere"),
  },
  {
    by: "Gitte",
    district: 1,
    cost: "25000",
    title: "Blomstereng langs stien",
    description: "Vilde blomster til bier og sommerfugle.",
    review: ok(MALOV),
    votes: ["Emma"],
  },
  {
    by: "Karen",
    district: 2,
    cost: "150000",
    title: "Udendørs scene i Fællesskabshaven",
    description: "Træscene med overdækning til koncerter og teater.",
    review: ok(NORD),
    votes: ["Karen"],
  },
  {
    by: "Ida",
    district: 2,
    cost: "85000",
    title: "Drivhus til skolehaven",
    description: "Et drivhus, så eleverne kan dyrke hele året.",
    review: ok(NORD, "Pris opdateret: fundament nødvendigt", "95000"),
    votes: ["Ida"],
  },
  {
    by: "Lars",
    district: 2,
    cost: "110000",
    title: "Hundeskov i Ballerup Nord",
    description: "Indhegnet løbeområde med vandpost.",
    review: ok(NORD),
    votes: ["Jonas"],
  },
  {
    by: "Jonas",
    district: 2,
    cost: "200000",
    title: "Parkour-anlæg",
    description: "Et anlæg til parkour og styrketræning.",
    review: no("AgainstRules", "Grunden er udlagt til boliger i lokalplanen"),
  },
  {
    by: "Karen",
    district: 2,
    cost: "35000",
    title: "Bænke med læselys ved biblioteket",
    description: "Bænke med solcellelamper.",
    review: ok(NORD),
    votes: ["Ida", "Karen"],
  },
  {
    by: "Olivia",
    district: 3,
    cost: "140000",
    title: "Legeplads ved Ballerup Syd Skole",
    description: "Tegnet sammen med skolens elevråd.",
    review: ok(SYD),
    votes: ["Olivia", "Peter"],
  },
  {
    by: "Niels",
    district: 3,
    cost: "90000",
    title: "Overdækket cykelparkering ved stationen",
    description: "Plads til 120 cykler med lås.",
    review: ok(SYD),
    votes: ["Niels", "Peter"],
  },
  {
    by: "Mette",
    district: 3,
    cost: "40000",
    title: "Kunst i tunnellen",
    description: "Vægmalerier af lokale kunstnere.",
    review: ok(SYD),
    votes: ["Olivia", "Mette"],
  },
  {
    by: "Peter",
    district: 3,
    cost: "180000",
    title: "Svømmeponton i søen",
    description: "En ponton med badestige.",
    review: no("NotPossible", "Vandkvaliteten tillader ikke badning"),
  },
  {
    by: "Mette",
    district: 3,
    cost: "30000",
    title: "Frugtlund i Ballerup Syd",
    description: "Tyve frugttræer, som alle må plukke fra.",
    review: ok(SYD),
    votes: ["Mette"],
  },
];
