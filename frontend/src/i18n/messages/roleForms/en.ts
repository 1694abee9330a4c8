/**
 * English texts of the forms that appoint and remove the fund's registrars, verifiers,
 * stewards and guardian, and change the stewards' rules (payee verification, the milestone
 * veto window); every language has its own file with exactly these keys.
 */
export const roleFormsEn = {
  "rules.rolesLink": "Who holds each role, and the stewards' rules: propose a change",

  "rolesPage.title": "Roles and stewards' rules",
  "rolesPage.intro":
    "Who may admit members, verify payees, confirm milestones and veto proposals is decided by the members: any change is a proposal like any other.",
  "rolesPage.back": "Back to the rules",
  "rolesPage.seat.registrar": "Registrars",
  "rolesPage.seat.verifier": "Verifiers",
  "rolesPage.seat.steward": "Stewards",
  "rolesPage.seat.guardian": "Guardian",
  "rolesPage.seatHelp.registrar": "They admit new members.",
  "rolesPage.seatHelp.verifier": "They verify payees from the business register.",
  "rolesPage.seatHelp.steward": "They confirm that a milestone was delivered.",
  "rolesPage.seatHelp.guardian": "They can veto a proposal before it is carried out.",
  "rolesPage.none": "Nobody.",
  "rolesPage.remove": "Propose removing {account} as {seat}",

  "roleForm.title": "Propose appointing or removing someone",
  "roleForm.change": "Change",
  "roleForm.change.appoint": "Appoint",
  "roleForm.change.remove": "Remove",
  "roleForm.seat": "Role",
  "roleForm.seatNone": "Choose a role…",
  "roleForm.seatName.registrar": "registrar",
  "roleForm.seatName.verifier": "verifier",
  "roleForm.seatName.steward": "steward",
  "roleForm.seatName.guardian": "guardian",
  "roleForm.member": "Member",
  "roleForm.memberNone": "Choose a member…",
  "roleForm.address": "Or another address",
  "roleForm.addressHelp":
    "For someone who is not a member, such as a municipal office: their address (0x…). It is used instead of the member chosen.",
  "roleForm.reason": "Reason for the change (Markdown, public)",
  "roleForm.reasonHelp": "Why. Anyone can read it.",
  "roleForm.preview": "What the proposal does",
  "roleForm.consequence.appoint.registrar":
    "If the members pass this and it is carried out, {account} becomes a registrar: they can admit new members, within the fund's limit on admissions.",
  "roleForm.consequence.appoint.verifier":
    "If the members pass this and it is carried out, {account} becomes a verifier: they can verify payees and revoke their verification.",
  "roleForm.consequence.appoint.steward":
    "If the members pass this and it is carried out, {account} becomes a steward: they can mark milestones delivered, which starts the guardian's veto window before payment.",
  "roleForm.consequence.appoint.guardian":
    "If the members pass this and it is carried out, {account} becomes the guardian in place of whoever holds the seat now: they can veto a proposal before it is carried out.",
  "roleForm.consequence.remove.registrar":
    "If the members pass this and it is carried out, {account} is no longer a registrar and can no longer admit members. Members they admitted stay members.",
  "roleForm.consequence.remove.verifier":
    "If the members pass this and it is carried out, {account} is no longer a verifier. Payees they verified stay verified until their verification expires.",
  "roleForm.consequence.remove.steward":
    "If the members pass this and it is carried out, {account} is no longer a steward and can no longer mark milestones delivered.",
  "roleForm.consequence.remove.guardian":
    "If the members pass this and it is carried out, the fund has no guardian: nobody can veto a proposal until the members appoint one.",
  "roleForm.proposalTitle.appoint": "Appoint {account} as {seat}",
  "roleForm.proposalTitle.remove": "Remove {account} as {seat}",
  "roleForm.submit": "Propose this appointment or removal",
  "roleForm.clear": "Clear the appointment form",
  "roleForm.error.seat": "Choose a role.",
  "roleForm.error.account": "Choose a member or enter an address.",
  "roleForm.error.reason": "Write why.",
  "roleForm.error.holds.registrar": "Already a registrar.",
  "roleForm.error.holds.verifier": "Already a verifier.",
  "roleForm.error.holds.steward": "Already a steward.",
  "roleForm.error.holds.guardian": "Already the guardian.",
  "roleForm.error.notHolder.registrar": "Not a registrar: there is nothing to remove.",
  "roleForm.error.notHolder.verifier": "Not a verifier: there is nothing to remove.",
  "roleForm.error.notHolder.steward": "Not a steward: there is nothing to remove.",
  "roleForm.error.notHolder.guardian": "Not the guardian: there is nothing to remove.",

  "settingsForm.title": "Propose new rules for the stewards",
  "settingsForm.vetoNow":
    "After a steward marks a milestone delivered, the guardian has {value} to stop the payment (the veto window).",
  "settingsForm.verification": "Payee verification",
  "settingsForm.verification.keep": "Keep as it is",
  "settingsForm.verification.required": "Required: pay only verified payees",
  "settingsForm.verification.optional": "Not required",
  "settingsForm.vetoDays": "Veto window on milestones: days",
  "settingsForm.vetoHours": "Veto window on milestones: and hours",
  "settingsForm.vetoHelp": "Leave both empty to keep the veto window as it is.",
  "settingsForm.reason": "Reason for the new rules (Markdown, public)",
  "settingsForm.preview": "What the proposal does",
  "settingsForm.consequence.required":
    "If the members pass this and it is carried out, the fund pays only verified payees: a payment to an unverified, expired or revoked payee is refused.",
  "settingsForm.consequence.optional":
    "If the members pass this and it is carried out, payments no longer need a verified payee; verifications are still shown.",
  "settingsForm.consequence.veto":
    "If the members pass this and it is carried out, a milestone marked delivered from then on can be paid {value} later unless the guardian stops it; ones already delivered keep their time.",
  "settingsForm.proposalTitle": "New rules for the stewards",
  "settingsForm.submit": "Propose these rules for the stewards",
  "settingsForm.clear": "Clear the stewards' rules form",
  "settingsForm.error.days": "Enter whole days, from 0 to 365.",
  "settingsForm.error.hours": "Enter whole hours, from 0 to 23.",
  "settingsForm.error.vetoSame": "That is the veto window now.",
  "settingsForm.error.alreadyRequired": "Verification is already required.",
  "settingsForm.error.alreadyOptional": "Verification is already not required.",
  "settingsForm.error.nothing": "Choose a rule to change.",

  "admit.title": "Admit a member",
  "admit.intro": "As a registrar you admit residents to the fund. They can vote and make proposals from then on.",
  "admit.address": "The resident's address",
  "admit.addressHelp": "The address (0x…) they log in with.",
  "admit.district": "District",
  "admit.districtNone": "Choose a district…",
  "admit.consequence": "{account} becomes a member in {district} now.",
  "admit.submit": "Admit this member",
  "admit.done": "{account} is now a member in {district}.",
  "admit.error.district": "Choose a district.",
  "admit.error.member": "Already a member.",
};

export type RoleFormsMessages = { readonly [K in keyof typeof roleFormsEn]: string };
