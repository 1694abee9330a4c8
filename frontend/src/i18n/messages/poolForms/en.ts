/**
 * English texts of the pool proposal forms (a new quick pool or task group; a top-up, a new
 * committee or closing early), spread into the English messages; every language has its own
 * file with exactly these keys.
 */
export const poolFormsEn = {
  "stewards.newPool": "Propose a quick pool or task group",

  "poolForm.title": "Propose a quick pool or task group",
  "poolForm.intro":
    "The members decide by vote. If they agree, the pool is created and its budget is reserved from the treasury in one go; its committee then approves small grants without asking the members each time.",
  "poolForm.kind": "Kind",
  "poolForm.kindHelp":
    "A quick pool pays small grants to many residents; a task group is a few people doing one job with its own money.",
  "poolForm.name": "Name",
  "poolForm.nameHelp": "Also the proposal's title.",
  "poolForm.mandate": "What it is for (Markdown, public)",
  "poolForm.mandateHelp": "What the committee may pay for. Also the proposal's text.",
  "poolForm.committee": "Committee: one address a line",
  "poolForm.committeeHelp": "The people who approve its grants: 1 to 15 addresses.",
  "poolForm.threshold": "Approvals needed for each grant",
  "poolForm.cap": "Most per grant",
  "poolForm.budget": "Budget",
  "poolForm.amountHelp": "In {symbol}. The treasury has {available} free now.",
  "poolForm.endsOn": "Last day open",
  "poolForm.preview": "What the proposal does",
  "poolForm.consequence":
    "If the members agree, {budget} is reserved from the treasury for “{name}”. {threshold} of its {size} committee members must approve each grant, of at most {cap}, until {end}; what is left then goes back to the treasury.",
  "poolForm.short":
    "The treasury has only {available} free now of the {needed} this needs: if the members agree, it can be carried out only once enough has been deposited.",
  "poolForm.callsNote": "The pool's address and the reference to its text are filled in when you propose.",
  "poolForm.submit": "Propose the pool",
  "poolForm.error.kind": "Choose a quick pool or a task group.",
  "poolForm.error.name": "Give the pool a name.",
  "poolForm.error.mandate": "Say what the pool is for.",
  "poolForm.error.tooLong": "Keep it to {max} characters.",
  "poolForm.error.amount": "Enter an amount greater than 0, for example 5000.",
  "poolForm.error.decimals": "Use at most {decimals} decimals.",
  "poolForm.error.capOverBudget": "The most per grant cannot be more than the budget.",
  "poolForm.error.endsOn": "Choose the last day the pool is open.",
  "poolForm.error.endsTooSoon":
    "Choose a later day: if the members agree, the proposal can be carried out {at} at the earliest.",
  "poolForm.error.committeeSize": "List 1 to 15 addresses.",
  "poolForm.error.committeeAddress": "Address number {place} is not an address: 0x followed by 40 characters.",
  "poolForm.error.committeeChecksum":
    "Address number {place} has a typing error (its capital letters do not match). Copy it again.",
  "poolForm.error.committeeDuplicate": "Address number {place} is already in the list.",
  "poolForm.error.threshold": "Enter a whole number from 1 to {size}, the committee's size.",

  "poolChange.title": "Propose a change",
  "poolChange.intro": "The members decide every change to a pool by vote, like any proposal.",
  "poolChange.change": "Change",
  "poolChange.change.topUp": "Top up its budget",
  "poolChange.change.committee": "Change its committee",
  "poolChange.change.close": "Close it early",
  "poolChange.amount": "Amount to add",
  "poolChange.reason": "Reason (Markdown, public)",
  "poolChange.proposal.topUp": "Top up {pool} by {amount}",
  "poolChange.proposal.committee": "New committee for {pool}",
  "poolChange.proposal.close": "Close {pool} early",
  "poolChange.consequence.topUp":
    "If the members agree, {amount} more is reserved from the treasury for {pool}: it will then have {total} left.",
  "poolChange.consequence.committee":
    "If the members agree, {threshold} of these {size} people must approve each grant from then on; grants waiting for approval must be proposed again.",
  "poolChange.consequence.close":
    "If the members agree, {pool} closes at once: it pays no more grants, and the {remaining} it has left goes back to the treasury.",
  "poolChange.submit": "Propose the change",
  "poolChange.error.reason": "Say why.",
  "poolChange.error.closed": "This pool is closed: it takes no more changes.",
};

export type PoolFormsMessages = Record<keyof typeof poolFormsEn, string>;
