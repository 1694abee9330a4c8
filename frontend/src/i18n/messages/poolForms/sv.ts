import type { PoolFormsMessages } from "./en";

// Swedish (svenska): the pool proposal forms.
export const poolFormsSv: PoolFormsMessages = {
  "stewards.newPool": "Föreslå en snabbpott eller arbetsgrupp",

  "poolForm.title": "Föreslå en snabbpott eller arbetsgrupp",
  "poolForm.intro":
    "Medlemmarna beslutar genom omröstning. Om de håller med skapas potten och dess budget reserveras i kassan i ett steg; sedan godkänner dess kommitté små bidrag utan att fråga medlemmarna varje gång.",
  "poolForm.kind": "Slag",
  "poolForm.kindHelp":
    "En snabbpott ger små bidrag till många invånare; en arbetsgrupp är några personer som gör ett jobb med egna pengar.",
  "poolForm.name": "Namn",
  "poolForm.nameHelp": "Också förslagets titel.",
  "poolForm.mandate": "Vad den är till för (Markdown, offentligt)",
  "poolForm.mandateHelp": "Vad kommittén får betala för. Också förslagets text.",
  "poolForm.committee": "Kommitté: en adress per rad",
  "poolForm.committeeHelp": "De som godkänner dess bidrag: 1 till 15 adresser.",
  "poolForm.threshold": "Godkännanden som krävs för varje bidrag",
  "poolForm.cap": "Högst per bidrag",
  "poolForm.budget": "Budget",
  "poolForm.amountHelp": "I {symbol}. Kassan har {available} fritt nu.",
  "poolForm.endsOn": "Sista öppna dag",
  "poolForm.preview": "Vad förslaget gör",
  "poolForm.consequence":
    "Om medlemmarna håller med reserveras {budget} i kassan för ”{name}”. {threshold} av dess {size} kommittémedlemmar måste godkänna varje bidrag, på högst {cap}, till {end}; det som då är kvar går tillbaka till kassan.",
  "poolForm.short":
    "Kassan har bara {available} fritt nu av de {needed} som behövs: om medlemmarna håller med kan det genomföras först när tillräckligt har satts in.",
  "poolForm.callsNote": "Pottens adress och hänvisningen till dess text fylls i när du föreslår.",
  "poolForm.submit": "Föreslå potten",
  "poolForm.error.kind": "Välj en snabbpott eller en arbetsgrupp.",
  "poolForm.error.name": "Ge potten ett namn.",
  "poolForm.error.mandate": "Skriv vad potten är till för.",
  "poolForm.error.tooLong": "Håll det till {max} tecken.",
  "poolForm.error.amount": "Ange ett belopp större än 0, till exempel 5000.",
  "poolForm.error.decimals": "Använd högst {decimals} decimaler.",
  "poolForm.error.capOverBudget": "Högst per bidrag kan inte vara mer än budgeten.",
  "poolForm.error.endsOn": "Välj den sista dagen potten är öppen.",
  "poolForm.error.endsTooSoon": "Välj en senare dag: om medlemmarna håller med kan förslaget genomföras tidigast {at}.",
  "poolForm.error.committeeSize": "Ange 1 till 15 adresser.",
  "poolForm.error.committeeAddress": "Adress nummer {place} är ingen adress: 0x följt av 40 tecken.",
  "poolForm.error.committeeChecksum":
    "Adress nummer {place} har ett skrivfel (de stora bokstäverna stämmer inte). Kopiera den igen.",
  "poolForm.error.committeeDuplicate": "Adress nummer {place} finns redan i listan.",
  "poolForm.error.threshold": "Ange ett heltal från 1 till {size}, kommitténs storlek.",

  "poolChange.title": "Föreslå en ändring",
  "poolChange.intro": "Medlemmarna beslutar varje ändring av en pott genom omröstning, som alla förslag.",
  "poolChange.change": "Ändring",
  "poolChange.change.topUp": "Fyll på dess budget",
  "poolChange.change.committee": "Byt dess kommitté",
  "poolChange.change.close": "Stäng den i förtid",
  "poolChange.amount": "Belopp att lägga till",
  "poolChange.reason": "Skäl (Markdown, offentligt)",
  "poolChange.proposal.topUp": "Fyll på {pool} med {amount}",
  "poolChange.proposal.committee": "Ny kommitté för {pool}",
  "poolChange.proposal.close": "Stäng {pool} i förtid",
  "poolChange.consequence.topUp":
    "Om medlemmarna håller med reserveras {amount} till i kassan för {pool}: den har då {total} kvar.",
  "poolChange.consequence.committee":
    "Om medlemmarna håller med måste {threshold} av dessa {size} personer godkänna varje bidrag från och med då; bidrag som väntar på godkännande måste föreslås igen.",
  "poolChange.consequence.close":
    "Om medlemmarna håller med stängs {pool} genast: den betalar inga fler bidrag, och de {remaining} den har kvar går tillbaka till kassan.",
  "poolChange.submit": "Föreslå ändringen",
  "poolChange.error.reason": "Skriv varför.",
  "poolChange.error.closed": "Den här potten är stängd: den tar inte emot fler ändringar.",
};
