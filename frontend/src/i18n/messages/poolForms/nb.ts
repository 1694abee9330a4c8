import type { PoolFormsMessages } from "./en";

// Norwegian Bokmål (norsk bokmål): the pool proposal forms.
export const poolFormsNb: PoolFormsMessages = {
  "stewards.newPool": "Foreslå en hurtigpulje eller arbeidsgruppe",

  "poolForm.title": "Foreslå en hurtigpulje eller arbeidsgruppe",
  "poolForm.intro":
    "Medlemmene bestemmer ved avstemning. Hvis de er enige, opprettes puljen og budsjettet reserveres i kassen i ett steg; deretter godkjenner utvalget små tilskudd uten å spørre medlemmene hver gang.",
  "poolForm.kind": "Slag",
  "poolForm.kindHelp":
    "En hurtigpulje gir små tilskudd til mange innbyggere; en arbeidsgruppe er noen få personer som gjør én jobb med egne penger.",
  "poolForm.name": "Navn",
  "poolForm.nameHelp": "Også forslagets tittel.",
  "poolForm.mandate": "Hva den er til (Markdown, offentlig)",
  "poolForm.mandateHelp": "Hva utvalget kan betale for. Også forslagets tekst.",
  "poolForm.committee": "Utvalg: én adresse per linje",
  "poolForm.committeeHelp": "De som godkjenner tilskuddene: 1 til 15 adresser.",
  "poolForm.threshold": "Godkjenninger som kreves for hvert tilskudd",
  "poolForm.cap": "Høyst per tilskudd",
  "poolForm.budget": "Budsjett",
  "poolForm.amountHelp": "I {symbol}. Kassen har {available} ledig nå.",
  "poolForm.endsOn": "Siste åpne dag",
  "poolForm.preview": "Hva forslaget gjør",
  "poolForm.consequence":
    "Hvis medlemmene er enige, reserveres {budget} i kassen til «{name}». {threshold} av de {size} utvalgsmedlemmene må godkjenne hvert tilskudd, på høyst {cap}, til {end}; det som da er igjen, går tilbake til kassen.",
  "poolForm.short":
    "Kassen har bare {available} ledig nå av de {needed} som trengs: hvis medlemmene er enige, kan det først gjennomføres når nok er satt inn.",
  "poolForm.callsNote": "Puljens adresse og henvisningen til teksten fylles inn når du foreslår.",
  "poolForm.submit": "Foreslå puljen",
  "poolForm.error.kind": "Velg en hurtigpulje eller en arbeidsgruppe.",
  "poolForm.error.name": "Gi puljen et navn.",
  "poolForm.error.mandate": "Skriv hva puljen er til.",
  "poolForm.error.tooLong": "Hold det til høyst {max} tegn.",
  "poolForm.error.amount": "Skriv et beløp større enn 0, for eksempel 5000.",
  "poolForm.error.decimals": "Bruk høyst {decimals} desimaler.",
  "poolForm.error.capOverBudget": "Høyst per tilskudd kan ikke være mer enn budsjettet.",
  "poolForm.error.endsOn": "Velg den siste dagen puljen er åpen.",
  "poolForm.error.endsTooSoon":
    "Velg en senere dag: hvis medlemmene er enige, kan forslaget gjennomføres tidligst {at}.",
  "poolForm.error.committeeSize": "Skriv 1 til 15 adresser.",
  "poolForm.error.committeeAddress": "Adresse nummer {place} er ingen adresse: 0x fulgt av 40 tegn.",
  "poolForm.error.committeeChecksum":
    "Adresse nummer {place} har en skrivefeil (de store bokstavene stemmer ikke). Kopier den på nytt.",
  "poolForm.error.committeeDuplicate": "Adresse nummer {place} står allerede på listen.",
  "poolForm.error.threshold": "Skriv et helt tall fra 1 til {size}, utvalgets størrelse.",

  "poolChange.title": "Foreslå en endring",
  "poolChange.intro": "Medlemmene bestemmer hver endring av en pulje ved avstemning, som ethvert forslag.",
  "poolChange.change": "Endring",
  "poolChange.change.topUp": "Fyll på budsjettet",
  "poolChange.change.committee": "Bytt utvalget",
  "poolChange.change.close": "Lukk den før tiden",
  "poolChange.amount": "Beløp som legges til",
  "poolChange.reason": "Begrunnelse (Markdown, offentlig)",
  "poolChange.proposal.topUp": "Fyll på {pool} med {amount}",
  "poolChange.proposal.committee": "Nytt utvalg for {pool}",
  "poolChange.proposal.close": "Lukk {pool} før tiden",
  "poolChange.consequence.topUp":
    "Hvis medlemmene er enige, reserveres {amount} til i kassen for {pool}: den har da {total} igjen.",
  "poolChange.consequence.committee":
    "Hvis medlemmene er enige, må {threshold} av disse {size} personene godkjenne hvert tilskudd fra da av; tilskudd som venter på godkjenning, må foreslås på nytt.",
  "poolChange.consequence.close":
    "Hvis medlemmene er enige, lukkes {pool} med en gang: den betaler ingen flere tilskudd, og de {remaining} den har igjen, går tilbake til kassen.",
  "poolChange.submit": "Foreslå endringen",
  "poolChange.error.reason": "Skriv hvorfor.",
  "poolChange.error.closed": "Denne puljen er lukket: den tar ikke imot flere endringer.",
};
