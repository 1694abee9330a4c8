import type { passkeysEn } from "./en";

/** Norwegian (bokmål) texts of passkey accounts (keys as in ./en.ts). */
export const passkeysNb: { readonly [K in keyof typeof passkeysEn]: string } = {
  "nav.account": "Min Pulje-konto",
  "nav.registrar": "Ta opp medlemmer",

  "account.title": "Min Pulje-konto",
  "account.whatIsAPasskey":
    "En passnøkkel (passkey) er måten telefonen eller datamaskinen din bekrefter at det er deg — med fingeravtrykket ditt, ansiktet ditt eller PIN-koden du låser den opp med. Det er ikke noe passord å huske og ingenting å installere. Nøkkelen blir på enheten din, og i telefonens eller nettleserens liste over passnøkler hvis du synkroniserer dem.",
  "account.free":
    "Det er gratis å delta: fondet betaler for stemmene, stemmesedlene, idéene og stemmeoverlatelsene dine. Kontoen din trenger aldri penger.",
  "account.create": "Opprett min Pulje-konto",
  "account.signIn": "Logg inn med passnøkkelen min",
  "account.signInHelp":
    "Opprettet du kontoen på en annen telefon eller datamaskin? Logg inn med den samme passnøkkelen.",
  "account.working": "Venter på passnøkkelen din…",
  "account.unavailable": "Dette fondet tilbyr ikke kontoer med passnøkkel.",
  "account.yours": "Kontoen din",
  "account.showRegistrar":
    "For å bli medlem viser du denne koden eller QR-koden til en medlemsansvarlig (for eksempel på biblioteket). Vedkommende sjekker at du kan delta, og tar deg opp.",
  "account.code": "Kontokode",
  "account.qr": "QR-kode for kontoen din: {code}",
  "account.member": "Du er medlem: du kan stemme og delta, gratis.",
  "account.notMember": "Du er ikke medlem ennå.",
  "account.signedIn": "Du er logget inn med passnøkkelen din på denne enheten.",
  "account.logIn": "Logg inn med denne kontoen",
  "account.logOut": "Logg ut på denne enheten",
  "account.devices": "En annen telefon eller en sikkerhetsnøkkel",
  "account.addDeviceHelp":
    "Vil du også delta fra en annen telefon, eller med en sikkerhetsnøkkel? Legg til en passnøkkel for den her. Åpne deretter Min Pulje-konto på den telefonen, og velg «Logg inn med passnøkkelen min». Det er gratis, akkurat som å stemme.",
  "account.addDevice": "Legg til en passnøkkel for en annen enhet",
  "account.makingOnOtherDevice":
    "Lag den nye passnøkkelen på den andre telefonen eller sikkerhetsnøkkelen, slik nettleseren ber om.",
  "account.addingDevice": "Bekreft nå med denne enhetens passnøkkel: den legger til den nye i kontoen din…",
  "account.deviceAdded": "Den nye passnøkkelen er lagt til i kontoen din: logg inn med den på den andre enheten.",

  "registrar.title": "Ta opp medlemmer",
  "registrar.intro":
    "Ta opp en beboer etter at du har sjekket at vedkommende kan delta: lim inn eller skann kontokoden som beboerens Pulje-konto viser, og velg område.",
  "registrar.notRegistrar": "Bare en medlemsansvarlig kan ta opp medlemmer, og denne kontoen er ikke en.",
  "registrar.code": "Kontokode eller adresse",
  "registrar.scan": "Skann QR-koden",
  "registrar.stopScan": "Stopp skanningen",
  "registrar.scanning": "Hold QR-koden foran kameraet.",
  "registrar.district": "Område",
  "registrar.admit": "Ta opp dette medlemmet",
  "registrar.tx": "Ta opp {account} i {district}",
  "registrar.codeProblem.characters": "En kontokode har bare sifrene 0–9 og bokstavene A–F.",
  "registrar.codeProblem.length":
    "En kontokode har 44 tegn (11 grupper på fire): et tegn mangler, eller det er ett for mye.",
  "registrar.codeProblem.check":
    "Koden går ikke opp: et tegn ble lest eller skrevet feil. Sammenlign med beboerens skjerm.",
  "registrar.codeProblem.checksum":
    "Adressens store bokstaver stemmer ikke med kontrollsummen: et tegn ble skrevet feil.",
  "registrar.codeProblem.empty": "Skriv eller skann en kontokode.",
  "registrar.admitted": "{account} er tatt opp.",

  "registrar.csv.title": "Ta opp mange på én gang",
  "registrar.csv.help":
    "Velg en CSV-fil med ett medlem per linje: kontokoden eller adressen, et semikolon og områdets navn — for eksempel «0x5FbD…0aa3; Skovlunde». Du ser hver linje før noe sendes.",
  "registrar.csv.file": "CSV-fil med nye medlemmer",
  "registrar.csv.preview": "{count} medlemmer å ta opp, én transaksjon hver:",
  "registrar.csv.line": "Linje",
  "registrar.csv.account": "Konto",
  "registrar.csv.errors": "Ingenting sendes før disse linjene er rettet:",
  "registrar.csv.admitAll": "Ta opp disse {count} medlemmene",
  "registrar.csv.problem.columns": "Linje {line}: skriv kontoen, et semikolon og området.",
  "registrar.csv.problem.code": "Linje {line}: {problem}",
  "registrar.csv.problem.district":
    "Linje {line}: det finnes ikke noe område som heter «{district}». Områdene er {districts}.",
  "registrar.csv.problem.duplicate": "Linje {line}: denne kontoen står allerede på linje {first}.",
  "registrar.csv.problem.member": "Linje {line}: {account} er allerede medlem.",
  "registrar.csv.empty": "Filen inneholder ingen medlemmer.",

  "errors.passkeyCancelled":
    "Passnøkkelen ble ikke brukt: den ble avbrutt, eller tiden gikk ut. Ingenting ble sendt; prøv igjen når du er klar.",
  "errors.noPasskeys":
    "Denne enheten eller nettleseren kan ikke bruke passnøkler. Bruk en telefon eller datamaskin med skjermlås (fingeravtrykk, ansikt eller PIN-kode) og en oppdatert nettleser.",
  "errors.passkeyAccountUnknown":
    "Fant ingen Pulje-konto for denne passnøkkelen. Opprett en konto først, eller velg passnøkkelen du opprettet den med.",
  "errors.signatureRefused":
    "Signaturen din kan ikke lenger brukes: noe endret seg etter at du signerte (den er kanskje allerede sendt). Ingenting ble sendt eller belastet; se på siden igjen og prøv igjen.",
  "errors.bundlerUnreachable":
    "Tjenesten som sender fondets gratis transaksjoner, kan ikke nås akkurat nå. Ingenting ble sendt; prøv igjen om litt.",
};
