import type { TokenFundMessages } from "./en";

// Swedish (svenska): a fund that votes by token: the mint proposal form and the holders.
export const tokenFundSv: TokenFundMessages = {
  "nav.mint": "Nya tokens",
  "mintForm.title": "Nya rösttokens",
  "mintForm.intro":
    "Föreslå att skapa {symbol} åt någon: nya tokens är nya röster. Om innehavarna antar förslaget skapas de; till dess ändras ingenting.",
  "mintForm.notHere": "Den här fonden röstar med medlemskap, inte med tokens: det finns inga tokens att skapa.",
  "mintForm.recipient": "Vem som får dem",
  "mintForm.recipientHelp": "Mottagarens adress: 0x följt av 40 tecken.",
  "mintForm.amount": "Hur många {symbol}",
  "mintForm.amountHelp": "Det finns {supply} nu.",
  "mintForm.reason": "Varför (Markdown)",
  "mintForm.preview": "Vad förslaget gör",
  "mintForm.consequence":
    "Skapar {amount} åt {to}: antalet tokens växer från {before} till {after}, och mottagarens andel av alla röster går från {shareBefore} till {shareAfter}.",
  "mintForm.othersShrink": "Alla andras andelar krymper i samma proportion: den som har 10 % nu har {example} efteråt.",
  "mintForm.yours": "Din andel går från {before} till {after}.",
  "mintForm.submit": "Föreslå de nya tokens",
  "mintForm.error.amount": "Ange hur många tokens, fler än 0.",
  "mintForm.error.amountFormat": "Ange ett tal, till exempel 50 eller 12,5 (högst 18 decimaler).",
  "mintForm.error.tooMuch": "Så många tokens kan det inte finnas. Ange färre.",
  "nav.holders": "Innehavare",
  "holders.title": "Innehavare",
  "holders.intro":
    "Alla som har {symbol}, {supply} sammanlagt. Varje token är en röst, som innehavaren eller den som fått deras röster lägger.",
  "holders.account": "Innehavare",
  "holders.tokens": "Innehav ({symbol})",
  "holders.share": "Andel av alla",
  "holders.votes": "Röster de lägger",
  "overview.holderCount_one": "{count} innehavare",
  "overview.holderCount_other": "{count} innehavare",
  "wallet.role.holder": "har rösttokens",
  "holders.none": "Ingen har några tokens ännu.",
  "mintForm.error.title": "Ge förslaget en rubrik.",
};
