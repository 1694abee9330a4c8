import type { ErrorMessages } from "./en";

// Norwegian Bokmål (norsk bokmål).
export const nb: ErrorMessages = {
  unknown: "Kontrakten avviste dette ({name}).",
  "role.DEFAULT_ADMIN_ROLE": "puljens felles vedtak (tidslåsen)",
  "role.REGISTRAR_ROLE": "en medlemsansvarlig",
  "role.VERIFIER_ROLE": "en verifikator",
  "role.STEWARD_ROLE": "en forvalter",
  "role.PROPOSER_ROLE": "avstemningskontrakten (tidslåsens forslagsstiller)",
  "role.EXECUTOR_ROLE": "den som kan utføre i tidslåsen",
  "role.CANCELLER_ROLE": "avstemningskontrakten (den som kan avbryte i tidslåsen)",
  "role.ANCHOR_ROLE": "kontoen som forankrer sletteloggen",
  "role.other": "de som har rollen {hash}",

  GovernorNoVotingPower:
    "{account} hadde ingen stemmer da avstemningen om forslag #{proposal} åpnet: kontoen var ikke medlem ennå, eller stemmen var delegert til noen andre.",
  GovernorAlreadyCastVote: "{account} har allerede stemt over dette forslaget; en stemme kan ikke endres.",
  GovernorUnexpectedProposalState: "Forslag #{proposal} har status {state}; dette steget krever {expected}.",
  "GovernorUnexpectedProposalState.exists":
    "Et forslag med de samme handlingene og den samme teksten finnes allerede (#{proposal}, status {state}): endre teksten for å fremme det på nytt.",
  GovernorNonexistentProposal: "Det finnes ikke noe forslag #{proposal}: sjekk nummeret.",
  GovernorInsufficientProposerVotes:
    "Det trengs {threshold} stemme(r) for å fremme et forslag, og {account} har {votes}.",
  GovernorProposerHasLiveProposal:
    "{account} har allerede forslag #{proposal} som venter eller er åpent for avstemning: vent til det er avgjort før et nytt fremmes.",
  GovernorRestrictedProposer:
    "Teksten i forslaget oppgir en annen forslagsstiller enn {account}: bare kontoen teksten oppgir, kan fremme det.",
  GovernorUnableToCancel:
    "{account} kan ikke avbryte forslag #{proposal}: bare den tilsynsansvarlige kan stanse det med veto, en forslagsstiller kan trekke sitt eget tilbake bare mens det venter, og et forkastet forslag forblir forkastet.",
  GovernorOnlyExecutor: "{account} kan ikke endre reglene direkte: reglene kan bare endres gjennom et vedtatt forslag.",
  GovernorInvalidSignature:
    "Signaturen er ikke en gyldig stemmeseddel fra {account} for dette forslaget: feil signatar, allerede brukt, eller laget for en annen kontrakt eller et annet nettverk.",
  GovernorInvalidVoteType: "Det er ikke en gyldig stemme: stem for, mot eller avstå.",
  GovernorInvalidProposalLength:
    "Handlingene i forslaget er ufullstendige: det trenger minst én, hver med mottaker, verdi og kalldata.",
  TimelockUnexpectedOperationState:
    "Tidslåsen er ikke klar: forslaget er ikke satt i kø, eller ventetiden er ikke over ennå; prøv igjen når den er over.",

  MembershipAlreadyMember: "{account} er allerede medlem.",
  MembershipNotMember: "{account} er ikke medlem.",
  MembershipUnknownDistrict: "Det finnes ikke noe område {district}; puljen har {count}.",
  MembershipNonTransferable: "Et medlemskap kan ikke overføres: en medlemsansvarlig tar opp hvert medlem.",
  MembershipEmptyDistrictName: "Et område må ha et navn.",
  CommunityTokenLengthMismatch: "Hver mottaker trenger ett beløp: fikk {recipients} mottaker(e) og {amounts} beløp.",
  AccessControlUnauthorizedAccount:
    "Bare {role} kan gjøre dette, ikke {account}: bruk en konto med den rollen, eller be medlemmene tildele den gjennom et forslag.",
  OwnableUnauthorizedAccount:
    "{account} har ikke lov til å gjøre dette: det kan bare gjøres gjennom et felles vedtak i puljen, med et vedtatt forslag.",

  TreasuryInsufficientBalance:
    "Kassen har {available} ledig (ikke reservert for puljer eller milepælstilskudd), mindre enn de {requested} det bes om: den kan betale når nok er satt inn.",
  TreasuryZeroAmount: "Beløpet må være større enn null.",
  TreasuryInvalidRecipient: "Kassen kan ikke betale {account}: oppgi en ekte mottaker, ikke nulladressen.",
  TreasuryInvalidToken: "{account} er ikke en token kassen kan holde: oppgi tokenkontraktens adresse.",
  TreasuryOwnershipNotRenounceable: "Kassens eier kan ikke fjernes: uten en eier kunne pengene aldri flyttes igjen.",
  TreasurySpenderAllowanceExceeded:
    "{account} kan bruke {allowance} fra kassen, mindre enn de {requested} det bes om: resten av reservasjonen er brukt eller sendt tilbake, og medlemmene kan fylle den opp gjennom et forslag.",
  ERC20InsufficientBalance: "{account} har {balance}, men {needed} trengs.",
  ERC20InsufficientAllowance:
    "{account} kan bare ta {allowance}, mindre enn de {needed} som trengs: godkjenn minst så mye først.",
  SafeERC20FailedOperation:
    "Token {token} gjennomførte ikke overføringen: avsenderen har kanskje for lite av den, eller så følger token ikke ERC-20-standarden fondet trenger.",

  BudgetRoundWrongPhase: "Runden er i fasen {actual}; dette steget hører til fasen {expected}.",
  BudgetRoundInvalidDistricts: "Rundens områder må være kjente, stå oppført én gang hver og ha et budsjett hver.",
  BudgetRoundInvalidSchedule:
    "Rundens tidsplan må gå fra nå til slutten av idéer, så vurdering, så avstemning; fikk idéer til {ideasEnd}, vurdering til {reviewEnd} og avstemning til {votingEnd}.",
  BudgetRoundInvalidPicks:
    "Valgene på en stemmeseddel må oppfylle 1 ≤ minst ({min}) ≤ høyst ({max}) ≤ idéer per område ({ideas}) ≤ 64.",
  BudgetRoundMissingRole: "En runde trenger minst én bedømmer og en fordelingsregel.",
  BudgetRoundUnfunded:
    "Runden har {balance} av de {required} den trenger: kassen må betale budsjettet i det samme forslaget.",
  BudgetRoundNotMember:
    "{account} er ikke medlem, og bare medlemmer kan være med i budsjettrunder: be en medlemsansvarlig om medlemskap.",
  BudgetRoundJoinedAfterSnapshot:
    "{account} ble medlem {joined}, etter at manntallet for denne runden ble låst da vurderingen var over ({snapshot}), og kan stemme i neste runde.",
  BudgetRoundDistrictNotInRound: "{district} er ikke med i denne runden.",
  BudgetRoundNotYourDistrict: "{account} bor i {own} og kan bare sende inn idéer der, ikke til {district}.",
  BudgetRoundTooManyIdeas: "{district} har allerede så mange idéer som runden tillater ({max}).",
  BudgetRoundInvalidCost: "Kostnaden må være over null og høyst områdets budsjett på {budget}; fikk {cost}.",
  BudgetRoundMissingText:
    "En idé må ha teksten sin: tittelen og beskrivelsen lagres først i fondets innholdstjeneste, og ideen sendes med forpliktelsen deres.",
  BudgetRoundReasonMismatch:
    "Begrunnelsen passer ikke til avgjørelsen: en gjennomførbar idé får begrunnelsen «gjennomførbar», en idé som ikke er gjennomførbar, en av de andre.",
  BudgetRoundUnknownIdea: "Det finnes ingen idé #{idea} i denne runden.",
  BudgetRoundIdeaStatus: "Idé #{idea} har status {status}; dette steget krever {expected}.",
  BudgetRoundNotProposer:
    "{account} sendte ikke inn denne idéen og kan ikke trekke den tilbake: det kan bare {proposer}.",
  BudgetRoundNotReviewer: "{account} er ikke bedømmer i denne runden: bare rundens bedømmere kan vurdere idéer.",
  BudgetRoundEmptyReason: "Skriv en begrunnelse: den blir publisert sammen med avgjørelsen.",
  BudgetRoundMissingPayee: "En gjennomførbar idé må ha en mottaker: den som får pengene hvis idéen vinner.",
  BudgetRoundPickCount: "Velg mellom {min} og {max} idéer; denne stemmeseddelen velger {count}.",
  BudgetRoundIdeaInOtherDistrict:
    "Idé #{idea} hører til {ideaDistrict}, og medlemmer stemmer bare på idéer i sitt eget område ({district}).",
  BudgetRoundDuplicatePick: "Idé #{idea} er valgt to ganger: velg hver idé én gang.",
  BudgetRoundOverBudget: "De valgte idéene koster {total}, mer enn områdets budsjett på {budget}: fjern en idé.",
  BudgetRoundInvalidSignature:
    "Signaturen er ikke en gyldig stemmeseddel fra {account} for denne runden: feil signatar, allerede brukt, erstattet av en senere stemmeseddel eller avbrutt, eller laget for en annen runde eller et annet nettverk.",
  BudgetRoundNotGuardian:
    "{account} er ikke rundens tilsynsansvarlige: bare den tilsynsansvarlige (under innsigelsene) eller medlemmene (ved et forslag) kan stoppe en vinner.",
  BudgetRoundNothingToReturn: "Det er ingenting igjen i runden som kan føres tilbake til kassen.",
  BudgetRoundDistrictFinalized: "Resultatet for {district} er allerede fordelt og publisert.",

  StewardPoolNotCommitteeMember:
    "{account} er ikke med i puljens utvalg og kan ikke foreslå eller godkjenne tilskuddene dens.",
  StewardPoolNotGovernance:
    "{account} kan ikke endre puljen: utvalget og budsjettet endres bare gjennom et vedtatt forslag.",
  StewardPoolAlreadyClosed:
    "Puljen er lukket: den betaler ikke mer, og det som var igjen av reservasjonen, er ledig i kassen igjen.",
  StewardPoolExpired:
    "Puljens mandat tok slutt {time}: den betaler ikke mer; hvem som helst kan lukke den slik at resten blir ledig i kassen.",
  StewardPoolNotExpired: "Puljen løper til {time}; før det kan bare et vedtatt forslag lukke den.",
  StewardPoolOverCap:
    "{amount} er mer enn puljens tak på {cap} per tilskudd: be om mindre, eller fremme det som forslag for alle medlemmene.",
  StewardPoolOverBudget:
    "Puljen har {remaining} igjen, mindre enn de {amount} det bes om: medlemmene kan fylle den opp gjennom et forslag.",
  StewardPoolInvalidGrant: "Et tilskudd trenger en mottaker og et beløp over null; fikk {payee} og {amount}.",
  StewardPoolGrantNotPending:
    "Tilskudd #{grant} har status {status}; bare et tilskudd som venter på godkjenning, kan godkjennes eller trekkes tilbake.",
  "StewardPoolGrantNotPending.unknown": "Puljen har ikke noe tilskudd #{grant}.",
  StewardPoolGrantStale:
    "Tilskudd #{grant} ble foreslått av et tidligere utvalg og kan ikke lenger godkjennes: det nåværende utvalget må foreslå det på nytt.",
  StewardPoolAlreadyApproved:
    "{account} har allerede godkjent tilskudd #{grant}; et annet utvalgsmedlem må godkjenne det.",
  StewardPoolNotProposer:
    "{account} foreslo ikke tilskudd #{grant} og kan ikke trekke det tilbake: det kan bare utvalgsmedlemmet som foreslo det.",
  StewardPoolInvalidCommittee:
    "Et utvalg må ha 1 til 15 forskjellige medlemmer og en terskel fra 1 til størrelsen; fikk {size} medlem(mer) og en terskel på {threshold}.",
  StewardPoolInvalidParams:
    "En pulje trenger navn og mandat, et tak per tilskudd over null og en sluttdato i fremtiden.",
  StewardPoolNotMember:
    "{account} er ikke medlem av fondet og kan derfor ikke søke fra dets puljer eller melde interesse for dets arbeidsgrupper.",
  StewardPoolInvalidApplication:
    "En søknad trenger en mottaker, et beløp over null og en tekst; fikk {payee} og {amount}.",
  StewardPoolApplicationNotOpen: "Søknad #{application} har status {status}; en søknad avgjøres bare én gang.",
  "StewardPoolApplicationNotOpen.unknown": "Puljen har ingen søknad #{application}.",
  StewardPoolMissingReason: "Et avslag på en søknad krever en skriftlig begrunnelse til søkeren.",
  StewardPoolNotTaskGroup: "Bare en arbeidsgruppe har en liste over interesserte medlemmer; dette er en hurtigpulje.",
  StewardPoolAlreadyInterested: "{account} står allerede på arbeidsgruppens liste over interesserte medlemmer.",
  StewardPoolNotInterested: "{account} står ikke på arbeidsgruppens liste over interesserte medlemmer.",

  MilestoneGrantsInvalidGrant:
    "Et milepælstilskudd trenger en mottaker, en tittel og 1 til 16 milepæler, hver med et beløp over null og en beskrivelse.",
  MilestoneGrantsUnfunded:
    "Kassen har reservert {allowance} til milepælstilskudd, mindre enn de {committed} de ville skylde: det samme forslaget må først reservere hele beløpet.",
  MilestoneGrantsNotFound: "Milepælstilskudd #{grant} har ingen milepæl {milestone}.",
  MilestoneGrantsWrongStatus:
    "Milepæl {milestone} i tilskudd #{grant} har status {status}; dette steget krever {expected}.",
  MilestoneGrantsInVetoWindow:
    "Milepæl {milestone} i tilskudd #{grant} er i vetofristen sin til {time}: vokteren kan fortsatt stoppe den; utbetal den etter det.",
  MilestoneGrantsVetoWindowClosed:
    "Vetofristen for milepæl {milestone} i tilskudd #{grant} gikk ut {time}: den kan ikke lenger stoppes, bare utbetales.",
  MilestoneGrantsNotGuardian: "{account} er ikke milepælenes vokter og kan ikke stoppe en levering.",
  MilestoneGrantsMissingEvidence:
    "En levering trenger dokumentasjon: lenken og et notat, lagret i innholdstjenesten, og hashen av dokumentet lenken peker til.",
  MilestoneGrantsNothingToCancel:
    "Milepælstilskudd #{grant} har ingenting igjen å kansellere: hver milepæl er utbetalt eller kansellert.",

  PayeeRegistryNotVerified:
    "{payee} er ikke en verifisert mottaker, og denne puljen betaler bare verifiserte mottakere: be en verifikator sjekke den i foretaksregisteret først.",
  PayeeRegistryAttestationExpired:
    "Attesteringen av {payee} gikk ut {time}: be en verifikator sjekke den igjen før den får betalt.",
  PayeeRegistryAttestationRevoked:
    "Attesteringen av {payee} er tilbakekalt, så den kan ikke få betalt: en verifikator må attestere den igjen når problemet er løst.",
  PayeeRegistryInvalidAttestation:
    "En attestering trenger en mottaker, forpliktelsen til hvem den er, og en sluttdato i fremtiden; fikk {payee} til {time}.",
  PayeeRegistryNothingToRevoke: "{payee} har ingen gjeldende attestering å tilbakekalle.",
  GovernorReasonNotReference:
    "Kjeden tar bare imot en stemmes begrunnelse som en henvisning til teksten i fondets innholdstjeneste, aldri selve ordene: lagre begrunnelsen der først, eller stem uten.",
  GovernorProposerWithoutStake:
    "{account} har stemmer, men ikke eget medlemskap: bare et medlem (eller en som eier nok tokens) kan fremme forslag, på sitt eget medlemskap, så delegerte stemmer kan ikke starte et forslag.",
  BudgetRoundTooManyIdeasFromMember:
    "{account} har allerede {max} idéer i denne runden, så mange som ett medlem kan ha: trekk tilbake én for å sende en ny.",
  BudgetRoundInvalidLimits:
    "En runde må la hvert medlem sende minst én idé og høyst så mange som et område tar imot (fikk {max}), og en vinner trenger minst én stemme (fikk {min}).",
  BudgetRoundReviewerAsPayee:
    "{account} vurderer denne runden og kan derfor ikke få penger fra den: oppgi organisasjonen som gjør arbeidet.",
  BudgetRoundSignatureExpired: "Den signerte stemmeseddelen gjaldt til {time}: signer stemmeseddelen på nytt.",
  BudgetRoundNotGovernance: "{account} kan ikke lukke runden: det kan bare medlemmene, ved et forslag.",
  MembershipAdmissionLimitReached:
    "Registratorene har tatt opp sine {max} medlemmer for denne perioden: flere kan tas opp etter {time} eller ved et forslag.",
  MembershipInvalidAdmissionPeriod: "En opptaksperiode må vare minst ett sekund.",
  MembershipFoundersMismatch:
    "Utrullingen oppgir {members} stiftende medlemmer, men {districts} områder for dem: gi hvert medlem ett område.",
  PayeeRegistryRevocationStands:
    "{payee}s godkjenning ble tilbakekalt av {account}, og tilbakekallingen står til den godkjenneren eller medlemmene opphever den.",
  PayeeRegistryNothingToLift: "{payee} har ingen stående tilbakekalling å oppheve.",
  TreasuryAllowanceBelowOwed:
    "{spender} skylder fortsatt {owed}: rammen kan ikke settes til {requested}, under det. Kanseller først det den skylder.",
  PaymasterNotMember:
    "{account} er ikke medlem ennå, så fondet betaler ikke for handlingene: vis kontoens kode til en medlemsansvarlig for å bli tatt opp.",
  PaymasterOverBudget:
    "{account} har brukt gassen fondet betaler for i denne perioden ({used} av {budget}; denne handlingen kan trenge opptil {requested}): prøv igjen i neste periode.",
  PaymasterFeeTooHigh:
    "Nettverkets gebyr er akkurat nå {fee} per gassenhet, mer enn fondet betaler (høyst {cap}): prøv igjen senere, når nettverket er mindre belastet.",
  PaymasterTargetNotAllowed:
    "Fondet betaler bare for handlinger i sine egne kontrakter, og {target} er ikke en av dem.",
  PaymasterActionNotAllowed:
    "Fondet betaler bare for medlemmers stemmer, stemmesedler, idéer og delegeringer, og denne handlingen i {target} er ikke en av dem.",
  PaymasterStaleWindow: "En ny gassperiode begynte mens dette ble sendt: prøv igjen.",
  SignatureRelayUnsupportedCall:
    "Fondet sender bare videre stemmer, stemmesedler og delegeringer som et medlem har signert, og dette er ikke en av dem.",
  SignatureRelayWrongNonceKey:
    "Denne signerte handlingen er {account}s, men den ble sendt som noen andres: last inn siden på nytt og prøv igjen.",
  SignatureRelayUnsupportedDomain: "{target} beskriver ikke signaturene sine slik fondets kontrakter gjør.",
  SignatureRelayHoldsNoFunds: "Fondets signaturformidler tar ikke imot penger.",
};
