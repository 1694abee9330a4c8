import type { TokenFundMessages } from "./en";

// Norwegian (bokmål): a fund that votes by token: the mint proposal form and the holders.
export const tokenFundNb: TokenFundMessages = {
  "nav.mint": "Nye tokens",
  "mintForm.title": "Nye stemmetokens",
  "mintForm.intro":
    "Foreslå å utstede {symbol} til noen: nye tokens er nye stemmer. Hvis innehaverne vedtar forslaget, blir de utstedt; til da endres ingenting.",
  "mintForm.notHere": "Dette fondet stemmer med medlemskap, ikke med tokens: det finnes ingen tokens å utstede.",
  "mintForm.recipient": "Hvem som får dem",
  "mintForm.recipientHelp": "Mottakerens adresse: 0x etterfulgt av 40 tegn.",
  "mintForm.amount": "Hvor mange {symbol}",
  "mintForm.amountHelp": "Det finnes {supply} nå.",
  "mintForm.reason": "Hvorfor (Markdown)",
  "mintForm.preview": "Hva forslaget gjør",
  "mintForm.consequence":
    "Utsteder {amount} til {to}: antallet tokens vokser fra {before} til {after}, og mottakerens andel av alle stemmer går fra {shareBefore} til {shareAfter}.",
  "mintForm.othersShrink":
    "Alle andres andeler blir mindre i samme forhold: den som har 10 % nå, har {example} etterpå.",
  "mintForm.yours": "Din andel går fra {before} til {after}.",
  "mintForm.submit": "Foreslå de nye tokenene",
  "mintForm.error.amount": "Skriv hvor mange tokens, flere enn 0.",
  "mintForm.error.amountFormat": "Skriv et tall, for eksempel 50 eller 12,5 (høyst 18 desimaler).",
  "mintForm.error.tooMuch": "Så mange tokens kan det ikke finnes. Skriv færre.",
  "nav.holders": "Innehavere",
  "holders.title": "Innehavere",
  "holders.intro":
    "Alle som har {symbol}, {supply} til sammen. Hver token er en stemme, som innehaveren eller den de har gitt stemmene sine til, avgir.",
  "holders.account": "Innehaver",
  "holders.tokens": "Beholdning ({symbol})",
  "holders.share": "Andel av alle",
  "holders.votes": "Stemmer de avgir",
  "overview.holderCount_one": "{count} innehaver",
  "overview.holderCount_other": "{count} innehavere",
  "wallet.role.holder": "har stemmetokens",
  "holders.none": "Ingen har tokens ennå.",
  "mintForm.error.title": "Gi forslaget en tittel.",
};
