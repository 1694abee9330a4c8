import type { MilestoneFormsMessages } from "./en";

// Danish (dansk): the milestone grant proposal forms.
export const milestoneFormsDa: MilestoneFormsMessages = {
  "stewards.newMilestoneGrant": "Foreslå et tilskud betalt i milepæle",

  "milestoneForm.title": "Foreslå et tilskud betalt i milepæle",
  "milestoneForm.intro":
    "Medlemmerne beslutter ved afstemning. Hvis de er enige, reserveres hele beløbet i kassen, og tilskuddet oprettes i ét trin; hver milepæl betales, når en forvalter har bekræftet den, og den tilsynsførendes vetofrist er forbi.",
  "milestoneForm.payee": "Modtagerens adresse",
  "milestoneForm.payeeHelp": "Hvem der betales: 0x efterfulgt af 40 tegn.",
  "milestoneForm.registry": "Eller vælg en modtager, fonden kender",
  "milestoneForm.registryNone": "Vælg…",
  "milestoneForm.titleField": "Titel",
  "milestoneForm.titleHelp": "Også forslagets titel.",
  "milestoneForm.description": "Hvorfor (Markdown, offentlig)",
  "milestoneForm.descriptionHelp": "Forslagets tekst: hvad tilskuddet betaler for, og hvorfor.",
  "milestoneForm.milestones": "Milepæle",
  "milestoneForm.milestonesHelp":
    "1 til {max} milepæle, betalt i denne rækkefølge. I {symbol}; kassen har {available} fri nu.",
  "milestoneForm.amount": "Beløb for milepæl {number}",
  "milestoneForm.milestone": "Hvad milepæl {number} leverer",
  "milestoneForm.add": "Tilføj en milepæl",
  "milestoneForm.remove": "Fjern milepæl {number}",
  "milestoneForm.consequence":
    "Hvis medlemmerne er enige, reserveres {total} i kassen til »{title}«, som betales til {payee} i {count, plural, one {# milepæl} other {# milepæle}}: {list}. En forvalter bekræfter hver enkelt; den betales efter den tilsynsførendes vetofrist.",
  "milestoneForm.consequenceItem": "{amount} for »{description}«",
  "milestoneForm.callsNote": "Henvisningerne til tilskuddets tekster udfyldes, når du foreslår.",
  "milestoneForm.submit": "Foreslå tilskuddet i milepæle",
  "milestoneForm.error.payee": "Angiv modtagerens adresse: 0x efterfulgt af 40 tegn.",
  "milestoneForm.error.payeeChecksum": "Adressen har en tastefejl (dens store bogstaver passer ikke). Kopiér den igen.",
  "milestoneForm.error.title": "Giv tilskuddet en titel.",
  "milestoneForm.error.description": "Skriv, hvad tilskuddet betaler for.",
  "milestoneForm.error.milestone": "Skriv, hvad denne milepæl leverer.",
  "milestoneForm.error.count": "Angiv 1 til {max} milepæle.",

  "milestoneCancel.open": "Foreslå at annullere resten af »{title}«",
  "milestoneCancel.consequence":
    "Hvis medlemmerne er enige, betaler »{title}« ikke mere: {count, plural, one {milepæl {numbers} annulleres} other {milepæle {numbers} annulleres}}, så {payee} får ikke {rest}, og pengene er ikke længere reserveret i kassen.",
  "milestoneCancel.proposal": "Annullér resten af »{title}«",
  "milestoneCancel.submit": "Foreslå at annullere resten",
  "milestoneCancel.error.nothing":
    "Alle milepæle i dette tilskud er betalt eller annulleret: der er intet tilbage at annullere.",
  "milestoneGrant.cancelled": "Annulleret: {amount} er ikke længere reserveret til det.",
  "milestoneGrant.finished": "Afsluttede tilskud i milepæle",
};
