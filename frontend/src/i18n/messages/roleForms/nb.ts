import type { RoleFormsMessages } from "./en";

// Norwegian Bokmål (norsk): the forms for roles and the stewards' rules.
export const roleFormsNb: RoleFormsMessages = {
  "rules.rolesLink": "Hvem som har hvilke roller, og forvalternes regler: foreslå en endring",

  "rolesPage.title": "Roller og forvalternes regler",
  "rolesPage.intro":
    "Medlemmene bestemmer hvem som kan ta opp medlemmer, verifisere mottakere, bekrefte milepæler og legge ned veto mot forslag: hver endring er et forslag som alle andre.",
  "rolesPage.back": "Tilbake til reglene",
  "rolesPage.seat.registrar": "Medlemsansvarlige",
  "rolesPage.seat.verifier": "Verifikatorer",
  "rolesPage.seat.steward": "Forvaltere",
  "rolesPage.seat.guardian": "Tilsynsansvarlig",
  "rolesPage.seatHelp.registrar": "De tar opp nye medlemmer.",
  "rolesPage.seatHelp.verifier": "De verifiserer mottakere mot Brønnøysundregistrene.",
  "rolesPage.seatHelp.steward": "De bekrefter at en milepæl er levert.",
  "rolesPage.seatHelp.guardian": "Kan legge ned veto mot et forslag før det gjennomføres.",
  "rolesPage.none": "Ingen.",
  "rolesPage.remove": "Foreslå å fjerne {account} som {seat}",

  "roleForm.title": "Foreslå å utnevne eller fjerne noen",
  "roleForm.change": "Endring",
  "roleForm.change.appoint": "Utnevn",
  "roleForm.change.remove": "Fjern",
  "roleForm.seat": "Rolle",
  "roleForm.seatNone": "Velg en rolle…",
  "roleForm.seatName.registrar": "medlemsansvarlig",
  "roleForm.seatName.verifier": "verifikator",
  "roleForm.seatName.steward": "forvalter",
  "roleForm.seatName.guardian": "tilsynsansvarlig",
  "roleForm.member": "Medlem",
  "roleForm.memberNone": "Velg et medlem…",
  "roleForm.address": "Eller en annen adresse",
  "roleForm.addressHelp":
    "For en som ikke er medlem, for eksempel en kommunal etat: adressen deres (0x…). Den brukes i stedet for medlemmet som er valgt.",
  "roleForm.reason": "Begrunnelse for endringen (Markdown, offentlig)",
  "roleForm.reasonHelp": "Hvorfor. Alle kan lese den.",
  "roleForm.preview": "Hva forslaget gjør",
  "roleForm.consequence.appoint.registrar":
    "Hvis medlemmene vedtar dette og det gjennomføres, blir {account} medlemsansvarlig: de kan ta opp nye medlemmer, innenfor fondets grense for opptak.",
  "roleForm.consequence.appoint.verifier":
    "Hvis medlemmene vedtar dette og det gjennomføres, blir {account} verifikator: de kan verifisere mottakere og trekke tilbake verifiseringen.",
  "roleForm.consequence.appoint.steward":
    "Hvis medlemmene vedtar dette og det gjennomføres, blir {account} forvalter: de kan merke milepæler som levert, noe som starter den tilsynsansvarliges vetofrist før utbetaling.",
  "roleForm.consequence.appoint.guardian":
    "Hvis medlemmene vedtar dette og det gjennomføres, blir {account} tilsynsansvarlig i stedet for den som har plassen nå: de kan legge ned veto mot et forslag før det gjennomføres.",
  "roleForm.consequence.remove.registrar":
    "Hvis medlemmene vedtar dette og det gjennomføres, er {account} ikke lenger medlemsansvarlig og kan ikke ta opp medlemmer. Medlemmer de har tatt opp, forblir medlemmer.",
  "roleForm.consequence.remove.verifier":
    "Hvis medlemmene vedtar dette og det gjennomføres, er {account} ikke lenger verifikator. Mottakere de har verifisert, forblir verifisert til verifiseringen utløper.",
  "roleForm.consequence.remove.steward":
    "Hvis medlemmene vedtar dette og det gjennomføres, er {account} ikke lenger forvalter og kan ikke merke milepæler som levert.",
  "roleForm.consequence.remove.guardian":
    "Hvis medlemmene vedtar dette og det gjennomføres, har fondet ingen tilsynsansvarlig: ingen kan legge ned veto mot et forslag før medlemmene utnevner en.",
  "roleForm.proposalTitle.appoint": "Utnevn {account} til {seat}",
  "roleForm.proposalTitle.remove": "Fjern {account} som {seat}",
  "roleForm.submit": "Foreslå denne utnevnelsen eller fjerningen",
  "roleForm.clear": "Tøm skjemaet om roller",
  "roleForm.error.seat": "Velg en rolle.",
  "roleForm.error.account": "Velg et medlem eller skriv en adresse.",
  "roleForm.error.reason": "Skriv hvorfor.",
  "roleForm.error.holds.registrar": "Er allerede medlemsansvarlig.",
  "roleForm.error.holds.verifier": "Er allerede verifikator.",
  "roleForm.error.holds.steward": "Er allerede forvalter.",
  "roleForm.error.holds.guardian": "Er allerede tilsynsansvarlig.",
  "roleForm.error.notHolder.registrar": "Er ikke medlemsansvarlig: det er ingenting å fjerne.",
  "roleForm.error.notHolder.verifier": "Er ikke verifikator: det er ingenting å fjerne.",
  "roleForm.error.notHolder.steward": "Er ikke forvalter: det er ingenting å fjerne.",
  "roleForm.error.notHolder.guardian": "Er ikke tilsynsansvarlig: det er ingenting å fjerne.",

  "settingsForm.title": "Foreslå nye regler for forvalterne",
  "settingsForm.vetoNow":
    "Når en forvalter har merket en milepæl som levert, har den tilsynsansvarlige {value} til å stanse utbetalingen (vetofristen).",
  "settingsForm.verification": "Verifisering av mottakere",
  "settingsForm.verification.keep": "Behold som nå",
  "settingsForm.verification.required": "Påkrevd: betal bare verifiserte mottakere",
  "settingsForm.verification.optional": "Ikke påkrevd",
  "settingsForm.vetoDays": "Vetofrist for milepæler: dager",
  "settingsForm.vetoHours": "Vetofrist for milepæler: og timer",
  "settingsForm.vetoHelp": "La begge stå tomme for å beholde vetofristen som nå.",
  "settingsForm.reason": "Begrunnelse for de nye reglene (Markdown, offentlig)",
  "settingsForm.preview": "Hva forslaget gjør",
  "settingsForm.consequence.required":
    "Hvis medlemmene vedtar dette og det gjennomføres, betaler fondet bare verifiserte mottakere: en utbetaling til en uverifisert, utløpt eller tilbakekalt mottaker avvises.",
  "settingsForm.consequence.optional":
    "Hvis medlemmene vedtar dette og det gjennomføres, trenger ikke utbetalinger lenger en verifisert mottaker; verifiseringene vises fortsatt.",
  "settingsForm.consequence.veto":
    "Hvis medlemmene vedtar dette og det gjennomføres, kan en milepæl som merkes som levert etter dette, utbetales {value} senere med mindre den tilsynsansvarlige stanser den; de som allerede er levert, beholder sin tid.",
  "settingsForm.proposalTitle": "Nye regler for forvalterne",
  "settingsForm.submit": "Foreslå disse reglene for forvalterne",
  "settingsForm.clear": "Tøm skjemaet om forvalternes regler",
  "settingsForm.error.days": "Skriv hele dager, fra 0 til 365.",
  "settingsForm.error.hours": "Skriv hele timer, fra 0 til 23.",
  "settingsForm.error.vetoSame": "Det er vetofristen nå.",
  "settingsForm.error.alreadyRequired": "Verifisering er allerede påkrevd.",
  "settingsForm.error.alreadyOptional": "Verifisering er allerede ikke påkrevd.",
  "settingsForm.error.nothing": "Velg en regel som skal endres.",

  "admit.title": "Ta opp et medlem",
  "admit.intro": "Som medlemsansvarlig tar du opp innbyggere i fondet. Deretter kan de stemme og fremme forslag.",
  "admit.address": "Innbyggerens adresse",
  "admit.addressHelp": "Adressen (0x…) de logger inn med.",
  "admit.district": "Område",
  "admit.districtNone": "Velg et område…",
  "admit.consequence": "{account} blir medlem i {district} nå.",
  "admit.submit": "Ta opp dette medlemmet",
  "admit.done": "{account} er nå medlem i {district}.",
  "admit.error.district": "Velg et område.",
  "admit.error.member": "Er allerede medlem.",
};
