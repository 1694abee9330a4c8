import type { TokenFundMessages } from "./en";

// Danish (dansk): a fund that votes by token: the mint proposal form and the holders.
export const tokenFundDa: TokenFundMessages = {
  "nav.mint": "Nye tokens",
  "mintForm.title": "Nye stemmetokens",
  "mintForm.intro":
    "Foreslå at udstede {symbol} til nogen: nye tokens er nye stemmer. Hvis indehaverne vedtager forslaget, bliver de udstedt; indtil da ændres intet.",
  "mintForm.notHere": "Denne fond stemmer med medlemskab, ikke med tokens: der er ingen tokens at udstede.",
  "mintForm.recipient": "Hvem der får dem",
  "mintForm.recipientHelp": "Modtagerens adresse: 0x efterfulgt af 40 tegn.",
  "mintForm.amount": "Hvor mange {symbol}",
  "mintForm.amountHelp": "Der er {supply} nu.",
  "mintForm.reason": "Hvorfor (Markdown)",
  "mintForm.preview": "Hvad forslaget gør",
  "mintForm.consequence":
    "Udsteder {amount} til {to}: antallet af tokens vokser fra {before} til {after}, og modtagerens andel af alle stemmer går fra {shareBefore} til {shareAfter}.",
  "mintForm.othersShrink":
    "Alle andres andele bliver mindre i samme forhold: den, der har 10 % nu, har {example} bagefter.",
  "mintForm.yours": "Din andel går fra {before} til {after}.",
  "mintForm.submit": "Foreslå de nye tokens",
  "mintForm.error.amount": "Skriv hvor mange tokens, flere end 0.",
  "mintForm.error.amountFormat": "Skriv et tal, for eksempel 50 eller 12,5 (højst 18 decimaler).",
  "mintForm.error.tooMuch": "Så mange tokens kan der ikke være. Skriv færre.",
  "nav.holders": "Indehavere",
  "holders.title": "Indehavere",
  "holders.intro":
    "Alle, der har {symbol}, {supply} i alt. Hver token er en stemme, som indehaveren eller den, de har givet deres stemmer til, afgiver.",
  "holders.account": "Indehaver",
  "holders.tokens": "Beholdning ({symbol})",
  "holders.share": "Andel af alle",
  "holders.votes": "Stemmer de afgiver",
  "overview.holderCount_one": "{count} indehaver",
  "overview.holderCount_other": "{count} indehavere",
  "wallet.role.holder": "har stemmetokens",
  "holders.none": "Ingen har tokens endnu.",
  "mintForm.error.title": "Giv forslaget en titel.",
};
