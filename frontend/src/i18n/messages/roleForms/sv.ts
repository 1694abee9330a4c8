import type { RoleFormsMessages } from "./en";

// Swedish (svenska): the forms for roles and the stewards' rules.
export const roleFormsSv: RoleFormsMessages = {
  "rules.rolesLink": "Vem som har vilka roller, och förvaltarnas regler: föreslå en ändring",

  "rolesPage.title": "Roller och förvaltarnas regler",
  "rolesPage.intro":
    "Medlemmarna bestämmer vem som får ta in medlemmar, verifiera mottagare, bekräfta delmål och lägga in veto mot förslag: varje ändring är ett förslag som alla andra.",
  "rolesPage.back": "Tillbaka till reglerna",
  "rolesPage.seat.registrar": "Medlemsansvariga",
  "rolesPage.seat.verifier": "Verifierare",
  "rolesPage.seat.steward": "Förvaltare",
  "rolesPage.seat.guardian": "Tillsynsansvarig",
  "rolesPage.seatHelp.registrar": "De tar in nya medlemmar.",
  "rolesPage.seatHelp.verifier": "De verifierar mottagare mot företagsregistret.",
  "rolesPage.seatHelp.steward": "De bekräftar att ett delmål har levererats.",
  "rolesPage.seatHelp.guardian": "Kan lägga in veto mot ett förslag innan det genomförs.",
  "rolesPage.none": "Ingen.",
  "rolesPage.remove": "Föreslå att {account} tas bort som {seat}",

  "roleForm.title": "Föreslå att någon utses eller tas bort",
  "roleForm.change": "Ändring",
  "roleForm.change.appoint": "Utse",
  "roleForm.change.remove": "Ta bort",
  "roleForm.seat": "Roll",
  "roleForm.seatNone": "Välj en roll…",
  "roleForm.seatName.registrar": "medlemsansvarig",
  "roleForm.seatName.verifier": "verifierare",
  "roleForm.seatName.steward": "förvaltare",
  "roleForm.seatName.guardian": "tillsynsansvarig",
  "roleForm.member": "Medlem",
  "roleForm.memberNone": "Välj en medlem…",
  "roleForm.address": "Eller en annan adress",
  "roleForm.addressHelp":
    "För någon som inte är medlem, till exempel en kommunal förvaltning: deras adress (0x…). Den används i stället för den valda medlemmen.",
  "roleForm.reason": "Skäl för ändringen (Markdown, offentligt)",
  "roleForm.reasonHelp": "Varför. Alla kan läsa det.",
  "roleForm.preview": "Vad förslaget gör",
  "roleForm.consequence.appoint.registrar":
    "Om medlemmarna antar detta och det genomförs blir {account} medlemsansvarig: de kan ta in nya medlemmar, inom fondens gräns för antagningar.",
  "roleForm.consequence.appoint.verifier":
    "Om medlemmarna antar detta och det genomförs blir {account} verifierare: de kan verifiera mottagare och återkalla verifieringen.",
  "roleForm.consequence.appoint.steward":
    "Om medlemmarna antar detta och det genomförs blir {account} förvaltare: de kan markera delmål som levererade, vilket startar den tillsynsansvarigas vetofrist före utbetalning.",
  "roleForm.consequence.appoint.guardian":
    "Om medlemmarna antar detta och det genomförs blir {account} tillsynsansvarig i stället för den som har platsen nu: de kan lägga in veto mot ett förslag innan det genomförs.",
  "roleForm.consequence.remove.registrar":
    "Om medlemmarna antar detta och det genomförs är {account} inte längre medlemsansvarig och kan inte ta in medlemmar. Medlemmar de har tagit in förblir medlemmar.",
  "roleForm.consequence.remove.verifier":
    "Om medlemmarna antar detta och det genomförs är {account} inte längre verifierare. Mottagare de har verifierat förblir verifierade tills verifieringen går ut.",
  "roleForm.consequence.remove.steward":
    "Om medlemmarna antar detta och det genomförs är {account} inte längre förvaltare och kan inte markera delmål som levererade.",
  "roleForm.consequence.remove.guardian":
    "Om medlemmarna antar detta och det genomförs har fonden ingen tillsynsansvarig: ingen kan lägga in veto mot ett förslag förrän medlemmarna utser någon.",
  "roleForm.proposalTitle.appoint": "Utse {account} till {seat}",
  "roleForm.proposalTitle.remove": "Ta bort {account} som {seat}",
  "roleForm.submit": "Föreslå detta utseende eller borttagande",
  "roleForm.clear": "Töm formuläret om roller",
  "roleForm.error.seat": "Välj en roll.",
  "roleForm.error.account": "Välj en medlem eller skriv en adress.",
  "roleForm.error.reason": "Skriv varför.",
  "roleForm.error.holds.registrar": "Är redan medlemsansvarig.",
  "roleForm.error.holds.verifier": "Är redan verifierare.",
  "roleForm.error.holds.steward": "Är redan förvaltare.",
  "roleForm.error.holds.guardian": "Är redan tillsynsansvarig.",
  "roleForm.error.notHolder.registrar": "Är inte medlemsansvarig: det finns inget att ta bort.",
  "roleForm.error.notHolder.verifier": "Är inte verifierare: det finns inget att ta bort.",
  "roleForm.error.notHolder.steward": "Är inte förvaltare: det finns inget att ta bort.",
  "roleForm.error.notHolder.guardian": "Är inte tillsynsansvarig: det finns inget att ta bort.",

  "settingsForm.title": "Föreslå nya regler för förvaltarna",
  "settingsForm.vetoNow":
    "När en förvaltare har markerat ett delmål som levererat har den tillsynsansvariga {value} på sig att stoppa utbetalningen (vetofristen).",
  "settingsForm.verification": "Verifiering av mottagare",
  "settingsForm.verification.keep": "Behåll som nu",
  "settingsForm.verification.required": "Krävs: betala bara verifierade mottagare",
  "settingsForm.verification.optional": "Krävs inte",
  "settingsForm.vetoDays": "Vetofrist för delmål: dagar",
  "settingsForm.vetoHours": "Vetofrist för delmål: och timmar",
  "settingsForm.vetoHelp": "Lämna båda tomma för att behålla vetofristen som nu.",
  "settingsForm.reason": "Skäl för de nya reglerna (Markdown, offentligt)",
  "settingsForm.preview": "Vad förslaget gör",
  "settingsForm.consequence.required":
    "Om medlemmarna antar detta och det genomförs betalar fonden bara verifierade mottagare: en utbetalning till en overifierad, utgången eller återkallad mottagare avvisas.",
  "settingsForm.consequence.optional":
    "Om medlemmarna antar detta och det genomförs behöver utbetalningar inte längre en verifierad mottagare; verifieringarna visas fortfarande.",
  "settingsForm.consequence.veto":
    "Om medlemmarna antar detta och det genomförs kan ett delmål som markeras som levererat därefter betalas ut {value} senare om inte den tillsynsansvariga stoppar det; de som redan levererats behåller sin tid.",
  "settingsForm.proposalTitle": "Nya regler för förvaltarna",
  "settingsForm.submit": "Föreslå dessa regler för förvaltarna",
  "settingsForm.clear": "Töm formuläret om förvaltarnas regler",
  "settingsForm.error.days": "Skriv hela dagar, från 0 till 365.",
  "settingsForm.error.hours": "Skriv hela timmar, från 0 till 23.",
  "settingsForm.error.vetoSame": "Det är vetofristen nu.",
  "settingsForm.error.alreadyRequired": "Verifiering krävs redan.",
  "settingsForm.error.alreadyOptional": "Verifiering krävs redan inte.",
  "settingsForm.error.nothing": "Välj en regel att ändra.",

  "admit.title": "Ta in en medlem",
  "admit.intro": "Som medlemsansvarig tar du in invånare i fonden. Därefter kan de rösta och lägga fram förslag.",
  "admit.address": "Invånarens adress",
  "admit.addressHelp": "Adressen (0x…) som de loggar in med.",
  "admit.district": "Område",
  "admit.districtNone": "Välj ett område…",
  "admit.consequence": "{account} blir medlem i {district} nu.",
  "admit.submit": "Ta in den här medlemmen",
  "admit.done": "{account} är nu medlem i {district}.",
  "admit.error.district": "Välj ett område.",
  "admit.error.member": "Är redan medlem.",
};
