/**
 * English texts of the milestone grant proposal forms (a new grant paid in milestones;
 * cancelling the rest of one), spread into the English messages; every language has its own
 * file with exactly these keys.
 */
export const milestoneFormsEn = {
  "stewards.newMilestoneGrant": "Propose a grant paid in milestones",

  "milestoneForm.title": "Propose a grant paid in milestones",
  "milestoneForm.intro":
    "The members decide by vote. If they agree, the whole amount is reserved from the treasury and the grant is created in one go; each milestone is paid once a steward confirms it and the guardian's veto window has passed.",
  "milestoneForm.payee": "Payee's address",
  "milestoneForm.payeeHelp": "Who is paid: 0x followed by 40 characters.",
  "milestoneForm.registry": "Or choose a payee the fund knows",
  "milestoneForm.registryNone": "Choose…",
  "milestoneForm.titleField": "Title",
  "milestoneForm.titleHelp": "Also the proposal's title.",
  "milestoneForm.description": "Why (Markdown, public)",
  "milestoneForm.descriptionHelp": "The proposal's text: what the grant pays for and why.",
  "milestoneForm.milestones": "Milestones",
  "milestoneForm.milestonesHelp":
    "1 to {max} milestones, paid in this order. In {symbol}; the treasury has {available} free now.",
  "milestoneForm.amount": "Amount of milestone {number}",
  "milestoneForm.milestone": "What milestone {number} delivers",
  "milestoneForm.add": "Add a milestone",
  "milestoneForm.remove": "Remove milestone {number}",
  "milestoneForm.consequence":
    "If the members agree, {total} is reserved from the treasury for “{title}”, to be paid to {payee} in {count, plural, one {# milestone} other {# milestones}}: {list}. A steward confirms each one; it is paid after the guardian's veto window.",
  "milestoneForm.consequenceItem": "{amount} for “{description}”",
  "milestoneForm.callsNote": "The references to the grant's texts are filled in when you propose.",
  "milestoneForm.submit": "Propose the milestone grant",
  "milestoneForm.error.payee": "Enter the payee's address: 0x followed by 40 characters.",
  "milestoneForm.error.payeeChecksum":
    "The address has a typing error (its capital letters do not match). Copy it again.",
  "milestoneForm.error.title": "Give the grant a title.",
  "milestoneForm.error.description": "Say what the grant pays for.",
  "milestoneForm.error.milestone": "Say what this milestone delivers.",
  "milestoneForm.error.count": "Give 1 to {max} milestones.",

  "milestoneCancel.open": "Propose cancelling the rest of “{title}”",
  "milestoneCancel.consequence":
    "If the members agree, “{title}” pays nothing more: {count, plural, one {milestone {numbers} is cancelled} other {milestones {numbers} are cancelled}}, so {payee} is not paid {rest}, and that money is no longer reserved in the treasury.",
  "milestoneCancel.proposal": "Cancel the rest of “{title}”",
  "milestoneCancel.submit": "Propose cancelling the rest",
  "milestoneCancel.error.nothing": "Every milestone of this grant is paid or cancelled: nothing is left to cancel.",
  "milestoneGrant.cancelled": "Cancelled: {amount} is no longer reserved for it.",
  "milestoneGrant.finished": "Finished milestone grants",
};

export type MilestoneFormsMessages = Record<keyof typeof milestoneFormsEn, string>;
