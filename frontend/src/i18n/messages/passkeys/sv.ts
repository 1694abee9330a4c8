import type { passkeysEn } from "./en";

/** Swedish texts of passkey accounts (keys as in ./en.ts). */
export const passkeysSv: { readonly [K in keyof typeof passkeysEn]: string } = {
  "nav.account": "Mitt Pulje-konto",
  "nav.registrar": "Lägg till medlemmar",

  "account.title": "Mitt Pulje-konto",
  "account.whatIsAPasskey":
    "En nyckel (passkey) är hur din telefon eller dator bekräftar att det är du — med ditt fingeravtryck, ditt ansikte eller den pinkod du låser upp den med. Det finns inget lösenord att komma ihåg och inget att installera. Nyckeln stannar på din enhet, och i telefonens eller webbläsarens lista över nycklar om du synkar dem.",
  "account.free":
    "Det är gratis att delta: fonden betalar för dina röster, valsedlar, idéer och överlåtelser. Ditt konto behöver aldrig några pengar.",
  "account.create": "Skapa mitt Pulje-konto",
  "account.signIn": "Logga in med min nyckel",
  "account.signInHelp": "Skapade du kontot på en annan telefon eller dator? Logga in med samma nyckel.",
  "account.working": "Väntar på din nyckel…",
  "account.unavailable": "Den här fonden erbjuder inga konton med nyckel.",
  "account.yours": "Ditt konto",
  "account.showRegistrar":
    "För att bli medlem visar du den här koden eller QR-koden för en medlemsansvarig (till exempel på biblioteket). Hen kontrollerar att du får delta och lägger till dig.",
  "account.code": "Kontokod",
  "account.qr": "QR-kod för ditt konto: {code}",
  "account.member": "Du är medlem: du kan rösta och delta, utan kostnad.",
  "account.notMember": "Du är inte medlem än.",
  "account.signedIn": "Du är inloggad med din nyckel på den här enheten.",
  "account.logIn": "Logga in med det här kontot",
  "account.logOut": "Logga ut på den här enheten",
  "account.devices": "En annan telefon eller en säkerhetsnyckel",
  "account.addDeviceHelp":
    "Vill du delta från en annan telefon också, eller med en säkerhetsnyckel? Lägg till en nyckel för den här. Öppna sedan Mitt Pulje-konto på den telefonen och välj ”Logga in med min nyckel”. Det är gratis, precis som att rösta.",
  "account.addDevice": "Lägg till en nyckel för en annan enhet",
  "account.makingOnOtherDevice":
    "Skapa den nya nyckeln på den andra telefonen eller säkerhetsnyckeln, som webbläsaren ber om.",
  "account.addingDevice": "Bekräfta nu med den här enhetens nyckel: den lägger till den nya i ditt konto…",
  "account.deviceAdded": "Den nya nyckeln är tillagd i ditt konto: logga in med den på den andra enheten.",

  "registrar.title": "Lägg till medlemmar",
  "registrar.intro":
    "Lägg till en invånare när du har kontrollerat att hen får delta: klistra in eller skanna kontokoden som hens Pulje-konto visar, och välj område.",
  "registrar.notRegistrar": "Bara en medlemsansvarig kan lägga till medlemmar, och det här kontot är inte en.",
  "registrar.code": "Kontokod eller adress",
  "registrar.scan": "Skanna QR-koden",
  "registrar.stopScan": "Sluta skanna",
  "registrar.scanning": "Håll QR-koden framför kameran.",
  "registrar.district": "Område",
  "registrar.admit": "Lägg till den här medlemmen",
  "registrar.tx": "Lägg till {account} i {district}",
  "registrar.codeProblem.characters": "En kontokod har bara siffrorna 0–9 och bokstäverna A–F.",
  "registrar.codeProblem.length":
    "En kontokod har 44 tecken (11 grupper om fyra): ett tecken saknas eller är för mycket.",
  "registrar.codeProblem.check":
    "Koden går inte ihop: ett tecken lästes eller skrevs fel. Jämför med invånarens skärm.",
  "registrar.codeProblem.checksum": "Adressens versaler stämmer inte med dess kontrollsumma: ett tecken skrevs fel.",
  "registrar.codeProblem.empty": "Skriv eller skanna en kontokod.",
  "registrar.admitted": "{account} är tillagd.",

  "registrar.csv.title": "Lägg till många på en gång",
  "registrar.csv.help":
    "Välj en CSV-fil med en medlem per rad: kontokoden eller adressen, ett semikolon och områdets namn — till exempel ”0x5FbD…0aa3; Skovlunde”. Du ser varje rad innan något skickas.",
  "registrar.csv.file": "CSV-fil med nya medlemmar",
  "registrar.csv.preview": "{count} medlemmar att lägga till, en transaktion var:",
  "registrar.csv.line": "Rad",
  "registrar.csv.account": "Konto",
  "registrar.csv.errors": "Inget skickas förrän de här raderna är rättade:",
  "registrar.csv.admitAll": "Lägg till de här {count} medlemmarna",
  "registrar.csv.problem.columns": "Rad {line}: skriv kontot, ett semikolon och området.",
  "registrar.csv.problem.code": "Rad {line}: {problem}",
  "registrar.csv.problem.district":
    "Rad {line}: det finns inget område som heter ”{district}”. Områdena är {districts}.",
  "registrar.csv.problem.duplicate": "Rad {line}: det här kontot finns redan på rad {first}.",
  "registrar.csv.problem.member": "Rad {line}: {account} är redan medlem.",
  "registrar.csv.empty": "Filen innehåller inga medlemmar.",

  "errors.passkeyCancelled":
    "Nyckeln användes inte: den avbröts, eller tiden gick ut. Inget skickades; försök igen när du är redo.",
  "errors.noPasskeys":
    "Den här enheten eller webbläsaren kan inte använda nycklar. Använd en telefon eller dator med skärmlås (fingeravtryck, ansikte eller pinkod) och en uppdaterad webbläsare.",
  "errors.passkeyAccountUnknown":
    "Inget Pulje-konto hittades för den här nyckeln. Skapa ett konto först, eller välj nyckeln du skapade det med.",
  "errors.signatureRefused":
    "Din signatur kan inte längre användas: något ändrades efter att du signerade (den kanske redan har skickats). Inget skickades eller debiterades; titta på sidan igen och försök igen.",
  "errors.bundlerUnreachable":
    "Tjänsten som skickar fondens gratis transaktioner går inte att nå just nu. Inget skickades; försök igen om en stund.",
};
