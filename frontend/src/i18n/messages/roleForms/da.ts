import type { RoleFormsMessages } from "./en";

// Danish (dansk): the forms for roles and the stewards' rules.
export const roleFormsDa: RoleFormsMessages = {
  "rules.rolesLink": "Hvem har hvilke roller, og forvalternes regler: foreslå en ændring",

  "rolesPage.title": "Roller og forvalternes regler",
  "rolesPage.intro":
    "Medlemmerne bestemmer, hvem der kan optage medlemmer, verificere modtagere, bekræfte milepæle og nedlægge veto mod forslag: enhver ændring er et forslag som alle andre.",
  "rolesPage.back": "Tilbage til reglerne",
  "rolesPage.seat.registrar": "Medlemsansvarlige",
  "rolesPage.seat.verifier": "Verifikatorer",
  "rolesPage.seat.steward": "Forvaltere",
  "rolesPage.seat.guardian": "Tilsynsførende",
  "rolesPage.seatHelp.registrar": "De optager nye medlemmer.",
  "rolesPage.seatHelp.verifier": "De verificerer modtagere ud fra CVR-registret.",
  "rolesPage.seatHelp.steward": "De bekræfter, at en milepæl er leveret.",
  "rolesPage.seatHelp.guardian": "Kan nedlægge veto mod et forslag, før det gennemføres.",
  "rolesPage.none": "Ingen.",
  "rolesPage.remove": "Foreslå at fjerne {account} som {seat}",

  "roleForm.title": "Foreslå at udpege eller fjerne nogen",
  "roleForm.change": "Ændring",
  "roleForm.change.appoint": "Udpeg",
  "roleForm.change.remove": "Fjern",
  "roleForm.seat": "Rolle",
  "roleForm.seatNone": "Vælg en rolle…",
  "roleForm.seatName.registrar": "medlemsansvarlig",
  "roleForm.seatName.verifier": "verifikator",
  "roleForm.seatName.steward": "forvalter",
  "roleForm.seatName.guardian": "tilsynsførende",
  "roleForm.member": "Medlem",
  "roleForm.memberNone": "Vælg et medlem…",
  "roleForm.address": "Eller en anden adresse",
  "roleForm.addressHelp":
    "Til en, der ikke er medlem, fx en kommunal afdeling: deres adresse (0x…). Den bruges i stedet for det valgte medlem.",
  "roleForm.reason": "Begrundelse for ændringen (Markdown, offentlig)",
  "roleForm.reasonHelp": "Hvorfor. Alle kan læse den.",
  "roleForm.preview": "Hvad forslaget gør",
  "roleForm.consequence.appoint.registrar":
    "Hvis medlemmerne vedtager dette, og det gennemføres, bliver {account} medlemsansvarlig: de kan optage nye medlemmer inden for fondens grænse for optagelser.",
  "roleForm.consequence.appoint.verifier":
    "Hvis medlemmerne vedtager dette, og det gennemføres, bliver {account} verifikator: de kan verificere modtagere og tilbagekalde deres verificering.",
  "roleForm.consequence.appoint.steward":
    "Hvis medlemmerne vedtager dette, og det gennemføres, bliver {account} forvalter: de kan markere milepæle som leveret, hvilket starter den tilsynsførendes vetofrist før udbetaling.",
  "roleForm.consequence.appoint.guardian":
    "Hvis medlemmerne vedtager dette, og det gennemføres, bliver {account} tilsynsførende i stedet for den, der har pladsen nu: de kan nedlægge veto mod et forslag, før det gennemføres.",
  "roleForm.consequence.remove.registrar":
    "Hvis medlemmerne vedtager dette, og det gennemføres, er {account} ikke længere medlemsansvarlig og kan ikke optage medlemmer. Medlemmer, de har optaget, forbliver medlemmer.",
  "roleForm.consequence.remove.verifier":
    "Hvis medlemmerne vedtager dette, og det gennemføres, er {account} ikke længere verifikator. Modtagere, de har verificeret, forbliver verificerede, til verificeringen udløber.",
  "roleForm.consequence.remove.steward":
    "Hvis medlemmerne vedtager dette, og det gennemføres, er {account} ikke længere forvalter og kan ikke markere milepæle som leveret.",
  "roleForm.consequence.remove.guardian":
    "Hvis medlemmerne vedtager dette, og det gennemføres, har fonden ingen tilsynsførende: ingen kan nedlægge veto mod et forslag, før medlemmerne udpeger en.",
  "roleForm.proposalTitle.appoint": "Udpeg {account} som {seat}",
  "roleForm.proposalTitle.remove": "Fjern {account} som {seat}",
  "roleForm.submit": "Foreslå denne udpegning eller fjernelse",
  "roleForm.clear": "Ryd formularen om roller",
  "roleForm.error.seat": "Vælg en rolle.",
  "roleForm.error.account": "Vælg et medlem, eller skriv en adresse.",
  "roleForm.error.reason": "Skriv hvorfor.",
  "roleForm.error.holds.registrar": "Er allerede medlemsansvarlig.",
  "roleForm.error.holds.verifier": "Er allerede verifikator.",
  "roleForm.error.holds.steward": "Er allerede forvalter.",
  "roleForm.error.holds.guardian": "Er allerede tilsynsførende.",
  "roleForm.error.notHolder.registrar": "Er ikke medlemsansvarlig: der er intet at fjerne.",
  "roleForm.error.notHolder.verifier": "Er ikke verifikator: der er intet at fjerne.",
  "roleForm.error.notHolder.steward": "Er ikke forvalter: der er intet at fjerne.",
  "roleForm.error.notHolder.guardian": "Er ikke tilsynsførende: der er intet at fjerne.",

  "settingsForm.title": "Foreslå nye regler for forvalterne",
  "settingsForm.vetoNow":
    "Når en forvalter har markeret en milepæl som leveret, har den tilsynsførende {value} til at stoppe udbetalingen (vetofristen).",
  "settingsForm.verification": "Verificering af modtagere",
  "settingsForm.verification.keep": "Behold som nu",
  "settingsForm.verification.required": "Påkrævet: betal kun verificerede modtagere",
  "settingsForm.verification.optional": "Ikke påkrævet",
  "settingsForm.vetoDays": "Vetofrist for milepæle: dage",
  "settingsForm.vetoHours": "Vetofrist for milepæle: og timer",
  "settingsForm.vetoHelp": "Lad begge være tomme for at beholde vetofristen som nu.",
  "settingsForm.reason": "Begrundelse for de nye regler (Markdown, offentlig)",
  "settingsForm.preview": "Hvad forslaget gør",
  "settingsForm.consequence.required":
    "Hvis medlemmerne vedtager dette, og det gennemføres, betaler fonden kun verificerede modtagere: en udbetaling til en uverificeret, udløbet eller tilbagekaldt modtager afvises.",
  "settingsForm.consequence.optional":
    "Hvis medlemmerne vedtager dette, og det gennemføres, behøver udbetalinger ikke længere en verificeret modtager; verificeringerne vises stadig.",
  "settingsForm.consequence.veto":
    "Hvis medlemmerne vedtager dette, og det gennemføres, kan en milepæl, der markeres som leveret derefter, udbetales {value} senere, medmindre den tilsynsførende stopper den; dem, der allerede er leveret, beholder deres tid.",
  "settingsForm.proposalTitle": "Nye regler for forvalterne",
  "settingsForm.submit": "Foreslå disse regler for forvalterne",
  "settingsForm.clear": "Ryd formularen om forvalternes regler",
  "settingsForm.error.days": "Skriv hele dage, fra 0 til 365.",
  "settingsForm.error.hours": "Skriv hele timer, fra 0 til 23.",
  "settingsForm.error.vetoSame": "Det er vetofristen nu.",
  "settingsForm.error.alreadyRequired": "Verificering er allerede påkrævet.",
  "settingsForm.error.alreadyOptional": "Verificering er allerede ikke påkrævet.",
  "settingsForm.error.nothing": "Vælg en regel, der skal ændres.",

  "admit.title": "Optag et medlem",
  "admit.intro": "Som medlemsansvarlig optager du borgere i fonden. Derefter kan de stemme og stille forslag.",
  "admit.address": "Borgerens adresse",
  "admit.addressHelp": "Den adresse (0x…), de logger ind med.",
  "admit.district": "Område",
  "admit.districtNone": "Vælg et område…",
  "admit.consequence": "{account} bliver medlem i {district} nu.",
  "admit.submit": "Optag dette medlem",
  "admit.done": "{account} er nu medlem i {district}.",
  "admit.error.district": "Vælg et område.",
  "admit.error.member": "Er allerede medlem.",
};
