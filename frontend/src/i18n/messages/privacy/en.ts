/**
 * English texts of the privacy pages: one's own data (GDPR Art. 15), asking for erasure
 * (Art. 17), the moderators' and the erasure officer's pages. Every language has its own file
 * with exactly these keys, spread into its catalogue.
 */
export const privacyEn = {
  "nav.myData": "My data",
  "nav.moderation": "Moderation",
  "nav.erasure": "Erasure",

  "signIn.connectFirst": "Log in to see this.",
  "signIn.why": "Sign in to the fund's text service with your wallet app: one signature, no password and no fee.",
  "signIn.button": "Sign in to the text service",
  "staff.notAllowed.moderator": "Only the fund's moderators see this page.",
  "staff.notAllowed.erasureOfficer": "Only the fund's erasure officer decides requests for erasure.",

  "myData.title": "My data",
  "myData.intro":
    "What you write — ideas, reasons, notes — is kept in the fund's text service, not on the chain. Only a fingerprint of it is on the chain, so it can be erased.",
  "myData.signedInAs": "Signed in to the text service as {name}.",
  "myData.roles": "Your roles there: {roles}.",
  "myData.downloadHelp":
    "Download everything the text service holds about you: your texts, your requests for erasure, moderation of your texts and your sign-ins (GDPR Article 15).",
  "myData.download": "Download my data",
  "myData.signOut": "Sign out of the text service",

  "moderation.title": "Moderation",
  "moderation.intro":
    "Moderators hide a text where it is shown, with the “Moderate” control beside it; the record on the chain stays. Every step is logged here.",
  "moderation.log": "Moderation log",
  "moderation.logEmpty": "Nothing has been moderated yet.",
  "moderation.when": "When",
  "moderation.who": "Who",
  "moderation.what": "What",
  "moderation.reason": "Reason",
  "moderation.text": "Text",
  "moderation.action.hide": "hid the text",
  "moderation.action.unhide": "restored the text",
  "moderation.action.withdraw": "the author withdrew it",
  "moderation.moderate": "Moderate",
  "moderation.hide": "Hide the text",
  "moderation.restore": "Restore the text",
  "moderation.error.reason": "Choose why the text is hidden.",

  "erasure.title": "Erasure",
  "erasure.intro":
    "Texts are erased at their author's request when one of the grounds of GDPR Article 17(1) applies: the text and the key to it are deleted, and only the chain's record remains.",
  "erasure.requests": "Open requests",
  "erasure.requestsEmpty": "No requests wait for a decision.",
  "erasure.requestTitle": "Request {id}: text {commitment}",
  "erasure.requestedBy": "Asked by {who} on {when}.",
  "erasure.requestGrounds": "Grounds: {grounds}",
  "erasure.erase": "Erase the text of request {id}",
  "erasure.refusal": "Why it is refused (Article 17(3))",
  "erasure.refuse": "Refuse request {id}",
  "erasure.error.refusal": "Choose why the request is refused.",
  "erasure.log": "Erasure log",
  "erasure.logEmpty": "Nothing has been erased.",
  "erasure.seq": "No.",
  "erasure.text": "Text",
  "erasure.grounds": "Grounds",
  "erasure.officer": "Erased by",
  "erasure.date": "Date",
  "erasure.groundsCode.noLongerNecessary": "no longer needed for its purpose (17(1)(a))",
  "erasure.groundsCode.consentWithdrawn": "consent withdrawn (17(1)(b))",
  "erasure.groundsCode.objection": "the author objects (17(1)(c))",
  "erasure.groundsCode.unlawful": "processed unlawfully (17(1)(d))",
  "erasure.groundsCode.legalObligation": "a legal obligation to erase (17(1)(e))",
  "erasure.groundsCode.child": "collected from a child (17(1)(f))",
  "erasure.refusalCode.groundsNotMet": "none of the grounds applies",
  "erasure.refusalCode.publicTask": "needed for a task in the public interest (17(3)(b))",
  "erasure.refusalCode.legalClaims": "needed for legal claims (17(3)(e))",
  "erasure.refusalCode.archiving": "archiving in the public interest (17(3)(d))",
  "erasure.anchor.none": "This fund has no erasure anchor on chain.",
  "erasure.anchor.unreadable": "The erasure anchor on chain cannot be read now.",
  "erasure.anchor.onChain": "Anchored on chain: {entries} erasures, root {root}.",
  "erasure.anchor.current": "The log's current root is anchored on chain ({entries} erasures).",
  "erasure.anchor.behind": "{anchored} of the log's {entries} erasures are anchored on chain; the newest are not yet.",
  "erasure.anchor.diverged":
    "The log does not lead to the root anchored on chain: it was changed after it was anchored.",
  "erasure.anchor.broken": "The log's entries do not follow one another: it was changed.",
  "erasure.anchor.now": "Anchor the log now",
  "erasure.ask.open": "Ask to erase this text",
  "erasure.ask.help":
    "The erasure officer checks the grounds and erases the text, or tells you why not. The record on the chain stays.",
  "erasure.ask.submit": "Send the request",
  "erasure.ask.sent": "Your request to erase this text was sent to the erasure officer.",
  "erasure.ask.error.grounds": "Choose the grounds for erasure.",
} as const;
