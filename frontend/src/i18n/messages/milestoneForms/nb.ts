import type { MilestoneFormsMessages } from "./en";

// Norwegian Bokmål (norsk bokmål): the milestone grant proposal forms.
export const milestoneFormsNb: MilestoneFormsMessages = {
  "stewards.newMilestoneGrant": "Foreslå et tilskudd betalt i milepæler",

  "milestoneForm.title": "Foreslå et tilskudd betalt i milepæler",
  "milestoneForm.intro":
    "Medlemmene bestemmer ved avstemning. Hvis de er enige, reserveres hele beløpet i kassen og tilskuddet opprettes i ett steg; hver milepæl betales når en forvalter har bekreftet den og den tilsynsansvarliges vetofrist er over.",
  "milestoneForm.payee": "Mottakerens adresse",
  "milestoneForm.payeeHelp": "Hvem som får betalt: 0x etterfulgt av 40 tegn.",
  "milestoneForm.registry": "Eller velg en mottaker fondet kjenner",
  "milestoneForm.registryNone": "Velg…",
  "milestoneForm.titleField": "Tittel",
  "milestoneForm.titleHelp": "Også forslagets tittel.",
  "milestoneForm.description": "Hvorfor (Markdown, offentlig)",
  "milestoneForm.descriptionHelp": "Forslagets tekst: hva tilskuddet betaler for, og hvorfor.",
  "milestoneForm.milestones": "Milepæler",
  "milestoneForm.milestonesHelp":
    "1 til {max} milepæler, betalt i denne rekkefølgen. I {symbol}; kassen har {available} ledig nå.",
  "milestoneForm.amount": "Beløp for milepæl {number}",
  "milestoneForm.milestone": "Hva milepæl {number} leverer",
  "milestoneForm.add": "Legg til en milepæl",
  "milestoneForm.remove": "Fjern milepæl {number}",
  "milestoneForm.consequence":
    "Hvis medlemmene er enige, reserveres {total} i kassen til «{title}», som betales til {payee} i {count, plural, one {# milepæl} other {# milepæler}}: {list}. En forvalter bekrefter hver enkelt; den betales etter den tilsynsansvarliges vetofrist.",
  "milestoneForm.consequenceItem": "{amount} for «{description}»",
  "milestoneForm.callsNote": "Henvisningene til tilskuddets tekster fylles inn når du foreslår.",
  "milestoneForm.submit": "Foreslå tilskuddet i milepæler",
  "milestoneForm.error.payee": "Skriv mottakerens adresse: 0x etterfulgt av 40 tegn.",
  "milestoneForm.error.payeeChecksum":
    "Adressen har en skrivefeil (de store bokstavene stemmer ikke). Kopier den igjen.",
  "milestoneForm.error.title": "Gi tilskuddet en tittel.",
  "milestoneForm.error.description": "Skriv hva tilskuddet betaler for.",
  "milestoneForm.error.milestone": "Skriv hva denne milepælen leverer.",
  "milestoneForm.error.count": "Oppgi 1 til {max} milepæler.",

  "milestoneCancel.open": "Foreslå å kansellere resten av «{title}»",
  "milestoneCancel.consequence":
    "Hvis medlemmene er enige, betaler «{title}» ikke mer: {count, plural, one {milepæl {numbers} kanselleres} other {milepæler {numbers} kanselleres}}, så {payee} får ikke {rest}, og pengene er ikke lenger reservert i kassen.",
  "milestoneCancel.proposal": "Kanseller resten av «{title}»",
  "milestoneCancel.submit": "Foreslå å kansellere resten",
  "milestoneCancel.error.nothing":
    "Alle milepælene i dette tilskuddet er betalt eller kansellert: det er ingenting igjen å kansellere.",
  "milestoneGrant.cancelled": "Kansellert: {amount} er ikke lenger reservert til det.",
  "milestoneGrant.finished": "Avsluttede tilskudd i milepæler",
};
