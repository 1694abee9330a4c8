/**
 * English texts of passkey accounts: making one, signing in with it, the registrar's page that
 * admits members by their account code, and the failures only passkeys and the fund's free
 * transactions have. Every language has its own file with exactly these keys.
 */
export const passkeysEn = {
  "nav.account": "My Pulje account",
  "nav.registrar": "Admit members",

  "account.title": "My Pulje account",
  "account.whatIsAPasskey":
    "A passkey is how your phone or computer confirms that it is you — with your fingerprint, your face or the PIN you unlock it with. There is no password to remember and nothing to install. The passkey stays on your device, and in your phone's or browser's list of passkeys if you keep them in sync.",
  "account.free":
    "Taking part is free: the fund pays for your votes, ballots, ideas and delegations. Your account never needs any money in it.",
  "account.create": "Create my Pulje account",
  "account.signIn": "Sign in with my passkey",
  "account.signInHelp": "Made your account on another phone or computer? Sign in with the same passkey.",
  "account.working": "Waiting for your passkey…",
  "account.unavailable": "This fund does not offer passkey accounts.",
  "account.yours": "Your account",
  "account.showRegistrar":
    "To become a member, show this code or the QR code to a registrar (for example at the library). They check that you may take part and admit you.",
  "account.code": "Account code",
  "account.qr": "QR code of your account: {code}",
  "account.member": "You are a member: you can vote and take part, free of charge.",
  "account.notMember": "You are not a member yet.",
  "account.signedIn": "You are logged in with your passkey on this device.",
  "account.logIn": "Log in with this account",
  "account.logOut": "Log out on this device",
  "account.devices": "Another phone or a security key",
  "account.addDeviceHelp":
    "To take part from another phone too, or with a security key, add a passkey for it here. Then, on that phone, open My Pulje account and choose “Sign in with my passkey”. Adding it is free, like voting.",
  "account.addDevice": "Add a passkey for another device",
  "account.makingOnOtherDevice": "Make the new passkey on the other phone or the security key, as your browser asks.",
  "account.addingDevice": "Now confirm with this device's passkey: it adds the new one to your account…",
  "account.deviceAdded": "The new passkey is added to your account: sign in with it on the other device.",

  "registrar.title": "Admit members",
  "registrar.intro":
    "Admit a resident after checking that they may take part: paste or scan the account code their Pulje account shows, and choose their district.",
  "registrar.notRegistrar": "Only a registrar can admit members, and this account is not one.",
  "registrar.code": "Account code or address",
  "registrar.scan": "Scan the QR code",
  "registrar.stopScan": "Stop scanning",
  "registrar.scanning": "Hold the QR code in front of the camera.",
  "registrar.district": "District",
  "registrar.admit": "Admit this member",
  "registrar.tx": "Admit {account} in {district}",
  "registrar.codeProblem.characters": "An account code has only the digits 0–9 and the letters A–F.",
  "registrar.codeProblem.length":
    "An account code has 44 characters (11 groups of four): a character is missing or one too many.",
  "registrar.codeProblem.check":
    "The code does not add up: a character was read or typed wrong. Check it against the resident's screen.",
  "registrar.codeProblem.checksum":
    "The address's capital letters do not match its checksum: a character was typed wrong.",
  "registrar.codeProblem.empty": "Write or scan an account code.",
  "registrar.admitted": "{account} is admitted.",

  "registrar.csv.title": "Admit many at once",
  "registrar.csv.help":
    "Choose a CSV file with one member per line: the account code or address, a semicolon, and the district's name — for example “0x5FbD…0aa3; Skovlunde”. You see every line before anything is sent.",
  "registrar.csv.file": "CSV file of new members",
  "registrar.csv.preview": "{count} members to admit, one transaction each:",
  "registrar.csv.line": "Line",
  "registrar.csv.account": "Account",
  "registrar.csv.errors": "Nothing is sent until these lines are corrected:",
  "registrar.csv.admitAll": "Admit these {count} members",
  "registrar.csv.problem.columns": "Line {line}: write the account, a semicolon and the district.",
  "registrar.csv.problem.code": "Line {line}: {problem}",
  "registrar.csv.problem.district":
    "Line {line}: there is no district called “{district}”. The districts are {districts}.",
  "registrar.csv.problem.duplicate": "Line {line}: this account is already on line {first}.",
  "registrar.csv.problem.member": "Line {line}: {account} is already a member.",
  "registrar.csv.empty": "The file has no members in it.",

  "errors.passkeyCancelled":
    "The passkey was not used: it was cancelled, or the time ran out. Nothing was sent; try again when you are ready.",
  "errors.noPasskeys":
    "This device or browser cannot use passkeys. Use a phone or computer with a screen lock (fingerprint, face or PIN) and an up-to-date browser.",
  "errors.passkeyAccountUnknown":
    "No Pulje account was found for this passkey. Create an account first, or choose the passkey you made it with.",
  "errors.signatureRefused":
    "Your signature can no longer be used: something changed after you signed (perhaps it was already sent). Nothing was sent or charged; look at the page again and try again.",
  "errors.bundlerUnreachable":
    "The service that sends the fund's free transactions cannot be reached right now. Nothing was sent; try again in a moment.",
} as const;
