import type { PoolFormsMessages } from "./en";

// Danish (dansk): the pool proposal forms.
export const poolFormsDa: PoolFormsMessages = {
  "stewards.newPool": "Foreslå en hurtigpulje eller arbejdsgruppe",

  "poolForm.title": "Foreslå en hurtigpulje eller arbejdsgruppe",
  "poolForm.intro":
    "Medlemmerne beslutter ved afstemning. Hvis de er enige, oprettes puljen, og dens budget reserveres i kassen i ét trin; derefter godkender dens udvalg små tilskud uden at spørge medlemmerne hver gang.",
  "poolForm.kind": "Slags",
  "poolForm.kindHelp":
    "En hurtigpulje giver små tilskud til mange borgere; en arbejdsgruppe er nogle få personer, der laver én opgave med egne penge.",
  "poolForm.name": "Navn",
  "poolForm.nameHelp": "Også forslagets titel.",
  "poolForm.mandate": "Hvad den er til (Markdown, offentlig)",
  "poolForm.mandateHelp": "Hvad udvalget må betale for. Også forslagets tekst.",
  "poolForm.committee": "Udvalg: én adresse pr. linje",
  "poolForm.committeeHelp": "Dem, der godkender dens tilskud: 1 til 15 adresser.",
  "poolForm.threshold": "Godkendelser, der kræves for hvert tilskud",
  "poolForm.cap": "Højst pr. tilskud",
  "poolForm.budget": "Budget",
  "poolForm.amountHelp": "I {symbol}. Kassen har {available} frit nu.",
  "poolForm.endsOn": "Sidste åbne dag",
  "poolForm.preview": "Hvad forslaget gør",
  "poolForm.consequence":
    "Hvis medlemmerne er enige, reserveres {budget} i kassen til »{name}«. {threshold} af dens {size} udvalgsmedlemmer skal godkende hvert tilskud, på højst {cap}, indtil {end}; hvad der så er tilbage, går tilbage til kassen.",
  "poolForm.short":
    "Kassen har kun {available} frit nu af de {needed}, dette kræver: hvis medlemmerne er enige, kan det først gennemføres, når der er indbetalt nok.",
  "poolForm.callsNote": "Puljens adresse og henvisningen til dens tekst udfyldes, når du foreslår.",
  "poolForm.submit": "Foreslå puljen",
  "poolForm.error.kind": "Vælg en hurtigpulje eller en arbejdsgruppe.",
  "poolForm.error.name": "Giv puljen et navn.",
  "poolForm.error.mandate": "Skriv, hvad puljen er til.",
  "poolForm.error.tooLong": "Hold det på højst {max} tegn.",
  "poolForm.error.amount": "Angiv et beløb større end 0, for eksempel 5000.",
  "poolForm.error.decimals": "Brug højst {decimals} decimaler.",
  "poolForm.error.capOverBudget": "Højst pr. tilskud kan ikke være mere end budgettet.",
  "poolForm.error.endsOn": "Vælg den sidste dag, puljen er åben.",
  "poolForm.error.endsTooSoon":
    "Vælg en senere dag: hvis medlemmerne er enige, kan forslaget tidligst gennemføres {at}.",
  "poolForm.error.committeeSize": "Angiv 1 til 15 adresser.",
  "poolForm.error.committeeAddress": "Adresse nummer {place} er ikke en adresse: 0x efterfulgt af 40 tegn.",
  "poolForm.error.committeeChecksum":
    "Adresse nummer {place} har en tastefejl (de store bogstaver passer ikke). Kopiér den igen.",
  "poolForm.error.committeeDuplicate": "Adresse nummer {place} står allerede på listen.",
  "poolForm.error.threshold": "Angiv et helt tal fra 1 til {size}, udvalgets størrelse.",

  "poolChange.title": "Foreslå en ændring",
  "poolChange.intro": "Medlemmerne beslutter enhver ændring af en pulje ved afstemning, som ethvert forslag.",
  "poolChange.change": "Ændring",
  "poolChange.change.topUp": "Fyld dens budget op",
  "poolChange.change.committee": "Skift dens udvalg",
  "poolChange.change.close": "Luk den før tid",
  "poolChange.amount": "Beløb, der lægges til",
  "poolChange.reason": "Begrundelse (Markdown, offentlig)",
  "poolChange.proposal.topUp": "Fyld {pool} op med {amount}",
  "poolChange.proposal.committee": "Nyt udvalg for {pool}",
  "poolChange.proposal.close": "Luk {pool} før tid",
  "poolChange.consequence.topUp":
    "Hvis medlemmerne er enige, reserveres {amount} mere i kassen til {pool}: den har så {total} tilbage.",
  "poolChange.consequence.committee":
    "Hvis medlemmerne er enige, skal {threshold} af disse {size} personer godkende hvert tilskud fra da af; tilskud, der venter på godkendelse, skal foreslås igen.",
  "poolChange.consequence.close":
    "Hvis medlemmerne er enige, lukker {pool} med det samme: den betaler ikke flere tilskud, og de {remaining}, den har tilbage, går tilbage til kassen.",
  "poolChange.submit": "Foreslå ændringen",
  "poolChange.error.reason": "Skriv hvorfor.",
  "poolChange.error.closed": "Denne pulje er lukket: den tager ikke imod flere ændringer.",
};
