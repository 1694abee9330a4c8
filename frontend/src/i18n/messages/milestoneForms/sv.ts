import type { MilestoneFormsMessages } from "./en";

// Swedish (svenska): the milestone grant proposal forms.
export const milestoneFormsSv: MilestoneFormsMessages = {
  "stewards.newMilestoneGrant": "Föreslå ett bidrag som betalas i delmål",

  "milestoneForm.title": "Föreslå ett bidrag som betalas i delmål",
  "milestoneForm.intro":
    "Medlemmarna beslutar genom omröstning. Om de håller med reserveras hela beloppet i kassan och bidraget skapas i ett steg; varje delmål betalas när en förvaltare har bekräftat det och den tillsynsansvariges vetofrist är över.",
  "milestoneForm.payee": "Mottagarens adress",
  "milestoneForm.payeeHelp": "Vem som får betalt: 0x följt av 40 tecken.",
  "milestoneForm.registry": "Eller välj en mottagare som fonden känner",
  "milestoneForm.registryNone": "Välj…",
  "milestoneForm.titleField": "Titel",
  "milestoneForm.titleHelp": "Också förslagets titel.",
  "milestoneForm.description": "Varför (Markdown, offentligt)",
  "milestoneForm.descriptionHelp": "Förslagets text: vad bidraget betalar för och varför.",
  "milestoneForm.milestones": "Delmål",
  "milestoneForm.milestonesHelp":
    "1 till {max} delmål, betalda i denna ordning. I {symbol}; kassan har {available} fritt nu.",
  "milestoneForm.amount": "Belopp för delmål {number}",
  "milestoneForm.milestone": "Vad delmål {number} levererar",
  "milestoneForm.add": "Lägg till ett delmål",
  "milestoneForm.remove": "Ta bort delmål {number}",
  "milestoneForm.consequence":
    "Om medlemmarna håller med reserveras {total} i kassan för ”{title}”, som betalas till {payee} i {count, plural, one {# delmål} other {# delmål}}: {list}. En förvaltare bekräftar vart och ett; det betalas efter den tillsynsansvariges vetofrist.",
  "milestoneForm.consequenceItem": "{amount} för ”{description}”",
  "milestoneForm.callsNote": "Hänvisningarna till bidragets texter fylls i när du föreslår.",
  "milestoneForm.submit": "Föreslå bidraget i delmål",
  "milestoneForm.error.payee": "Ange mottagarens adress: 0x följt av 40 tecken.",
  "milestoneForm.error.payeeChecksum": "Adressen har ett skrivfel (dess versaler stämmer inte). Kopiera den igen.",
  "milestoneForm.error.title": "Ge bidraget en titel.",
  "milestoneForm.error.description": "Skriv vad bidraget betalar för.",
  "milestoneForm.error.milestone": "Skriv vad detta delmål levererar.",
  "milestoneForm.error.count": "Ange 1 till {max} delmål.",

  "milestoneCancel.open": "Föreslå att resten av ”{title}” avbryts",
  "milestoneCancel.consequence":
    "Om medlemmarna håller med betalar ”{title}” inget mer: {count, plural, one {delmål {numbers} avbryts} other {delmål {numbers} avbryts}}, så {payee} får inte {rest}, och pengarna är inte längre reserverade i kassan.",
  "milestoneCancel.proposal": "Avbryt resten av ”{title}”",
  "milestoneCancel.submit": "Föreslå att resten avbryts",
  "milestoneCancel.error.nothing":
    "Alla delmål i detta bidrag är betalda eller avbrutna: det finns inget kvar att avbryta.",
  "milestoneGrant.cancelled": "Avbrutet: {amount} är inte längre reserverat för det.",
  "milestoneGrant.finished": "Avslutade bidrag i delmål",
};
