/**
 * English texts of a fund that votes by token (the mint proposal form, the holders), spread into the English
 * messages; every language has its own file with exactly these keys.
 */
export const tokenFundEn = {
  "nav.mint": "New tokens",
  "mintForm.title": "New voting tokens",
  "mintForm.intro":
    "Propose to mint {symbol} for someone: new tokens are new votes. If the holders pass the proposal, the tokens are minted; until then nothing changes.",
  "mintForm.notHere": "This fund votes by membership, not by token: there are no tokens to mint.",
  "mintForm.recipient": "Who gets the tokens",
  "mintForm.recipientHelp": "Their address: 0x followed by 40 characters.",
  "mintForm.amount": "How many {symbol}",
  "mintForm.amountHelp": "There are {supply} now.",
  "mintForm.reason": "Why (Markdown)",
  "mintForm.preview": "What the proposal does",
  "mintForm.consequence":
    "Mints {amount} for {to}: the tokens grow from {before} to {after}, and their share of all votes goes from {shareBefore} to {shareAfter}.",
  "mintForm.othersShrink":
    "Everyone else's share shrinks in the same proportion: a holder with 10 % now has {example} after.",
  "mintForm.yours": "Your share goes from {before} to {after}.",
  "mintForm.submit": "Propose the new tokens",
  "mintForm.error.amount": "Enter how many tokens, more than 0.",
  "mintForm.error.amountFormat": "Enter a number, for example 50 or 12.5 (at most 18 decimals).",
  "mintForm.error.tooMuch": "The token cannot hold that many. Enter fewer.",
  "nav.holders": "Holders",
  "holders.title": "Holders",
  "holders.intro":
    "Everyone who holds {symbol}, {supply} in all. Each token is a vote, cast by its holder or by whoever they gave their votes to.",
  "holders.account": "Holder",
  "holders.tokens": "Holding ({symbol})",
  "holders.share": "Share of all",
  "holders.votes": "Votes they cast",
  "overview.holderCount_one": "{count} holder",
  "overview.holderCount_other": "{count} holders",
  "wallet.role.holder": "holds voting tokens",
  "holders.none": "Nobody holds tokens yet.",
  "mintForm.error.title": "Give the proposal a title.",
};

export type TokenFundMessages = Record<keyof typeof tokenFundEn, string>;
