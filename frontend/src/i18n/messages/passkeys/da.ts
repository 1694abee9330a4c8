import type { passkeysEn } from "./en";

/** Danish texts of passkey accounts (keys as in ./en.ts). */
export const passkeysDa: { readonly [K in keyof typeof passkeysEn]: string } = {
  "nav.account": "Min Pulje-konto",
  "nav.registrar": "Optag medlemmer",

  "account.title": "Min Pulje-konto",
  "account.whatIsAPasskey":
    "En adgangsnøgle (passkey) er den måde, din telefon eller computer bekræfter, at det er dig — med dit fingeraftryk, dit ansigt eller den pinkode, du låser den op med. Der er ingen adgangskode at huske og intet at installere. Nøglen bliver på din enhed, og i telefonens eller browserens liste over adgangsnøgler, hvis du synkroniserer dem.",
  "account.free":
    "Det er gratis at deltage: fonden betaler for dine stemmer, stemmesedler, idéer og stemmeoverdragelser. Din konto skal aldrig have penge på.",
  "account.create": "Opret min Pulje-konto",
  "account.signIn": "Log ind med min adgangsnøgle",
  "account.signInHelp": "Oprettede du kontoen på en anden telefon eller computer? Log ind med den samme adgangsnøgle.",
  "account.working": "Venter på din adgangsnøgle…",
  "account.unavailable": "Denne fond tilbyder ikke konti med adgangsnøgle.",
  "account.yours": "Din konto",
  "account.showRegistrar":
    "For at blive medlem viser du denne kode eller QR-koden til en medlemsansvarlig (for eksempel på biblioteket). Vedkommende tjekker, at du må deltage, og optager dig.",
  "account.code": "Kontokode",
  "account.qr": "QR-kode for din konto: {code}",
  "account.member": "Du er medlem: du kan stemme og deltage, gratis.",
  "account.notMember": "Du er ikke medlem endnu.",
  "account.signedIn": "Du er logget ind med din adgangsnøgle på denne enhed.",
  "account.logIn": "Log ind med denne konto",
  "account.logOut": "Log ud på denne enhed",
  "account.devices": "En anden telefon eller en sikkerhedsnøgle",
  "account.addDeviceHelp":
    "Vil du også deltage fra en anden telefon, eller med en sikkerhedsnøgle? Tilføj en adgangsnøgle til den her. Åbn derefter Min Pulje-konto på den telefon, og vælg “Log ind med min adgangsnøgle”. Det er gratis, ligesom at stemme.",
  "account.addDevice": "Tilføj en adgangsnøgle til en anden enhed",
  "account.makingOnOtherDevice":
    "Lav den nye adgangsnøgle på den anden telefon eller sikkerhedsnøglen, som din browser beder om.",
  "account.addingDevice": "Bekræft nu med denne enheds adgangsnøgle: den tilføjer den nye til din konto…",
  "account.deviceAdded": "Den nye adgangsnøgle er tilføjet til din konto: log ind med den på den anden enhed.",

  "registrar.title": "Optag medlemmer",
  "registrar.intro":
    "Optag en beboer, når du har tjekket, at vedkommende må deltage: indsæt eller scan kontokoden, som beboerens Pulje-konto viser, og vælg område.",
  "registrar.notRegistrar": "Kun en medlemsansvarlig kan optage medlemmer, og denne konto er ikke en.",
  "registrar.code": "Kontokode eller adresse",
  "registrar.scan": "Scan QR-koden",
  "registrar.stopScan": "Stop scanningen",
  "registrar.scanning": "Hold QR-koden foran kameraet.",
  "registrar.district": "Område",
  "registrar.admit": "Optag dette medlem",
  "registrar.tx": "Optag {account} i {district}",
  "registrar.codeProblem.characters": "En kontokode har kun cifrene 0–9 og bogstaverne A–F.",
  "registrar.codeProblem.length":
    "En kontokode har 44 tegn (11 grupper af fire): et tegn mangler, eller der er ét for meget.",
  "registrar.codeProblem.check":
    "Koden går ikke op: et tegn blev læst eller skrevet forkert. Sammenlign med beboerens skærm.",
  "registrar.codeProblem.checksum":
    "Adressens store bogstaver passer ikke med dens kontrolsum: et tegn blev skrevet forkert.",
  "registrar.codeProblem.empty": "Skriv eller scan en kontokode.",
  "registrar.admitted": "{account} er optaget.",

  "registrar.csv.title": "Optag mange på én gang",
  "registrar.csv.help":
    "Vælg en CSV-fil med ét medlem pr. linje: kontokoden eller adressen, et semikolon og områdets navn — for eksempel »0x5FbD…0aa3; Skovlunde«. Du ser hver linje, før noget sendes.",
  "registrar.csv.file": "CSV-fil med nye medlemmer",
  "registrar.csv.preview": "{count} medlemmer at optage, én transaktion hver:",
  "registrar.csv.line": "Linje",
  "registrar.csv.account": "Konto",
  "registrar.csv.errors": "Intet sendes, før disse linjer er rettet:",
  "registrar.csv.admitAll": "Optag disse {count} medlemmer",
  "registrar.csv.problem.columns": "Linje {line}: skriv kontoen, et semikolon og området.",
  "registrar.csv.problem.code": "Linje {line}: {problem}",
  "registrar.csv.problem.district":
    "Linje {line}: der er intet område, der hedder »{district}«. Områderne er {districts}.",
  "registrar.csv.problem.duplicate": "Linje {line}: denne konto står allerede på linje {first}.",
  "registrar.csv.problem.member": "Linje {line}: {account} er allerede medlem.",
  "registrar.csv.empty": "Filen indeholder ingen medlemmer.",

  "errors.passkeyCancelled":
    "Adgangsnøglen blev ikke brugt: den blev annulleret, eller tiden løb ud. Intet blev sendt; prøv igen, når du er klar.",
  "errors.noPasskeys":
    "Denne enhed eller browser kan ikke bruge adgangsnøgler. Brug en telefon eller computer med skærmlås (fingeraftryk, ansigt eller pinkode) og en opdateret browser.",
  "errors.passkeyAccountUnknown":
    "Der blev ikke fundet nogen Pulje-konto til denne adgangsnøgle. Opret en konto først, eller vælg den adgangsnøgle, du oprettede den med.",
  "errors.signatureRefused":
    "Din underskrift kan ikke længere bruges: noget ændrede sig, efter du skrev under (den er måske allerede sendt). Intet blev sendt eller betalt; se siden igen, og prøv igen.",
  "errors.bundlerUnreachable":
    "Tjenesten, der sender fondens gratis transaktioner, kan ikke nås lige nu. Intet blev sendt; prøv igen om lidt.",
};
