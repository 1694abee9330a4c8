import type { ErrorMessages } from "./en";

// Danish (dansk).
export const da: ErrorMessages = {
  unknown: "Kontrakten afviste dette ({name}).",
  "role.DEFAULT_ADMIN_ROLE": "puljens fælles beslutninger (tidslåsen)",
  "role.REGISTRAR_ROLE": "en medlemsansvarlig",
  "role.VERIFIER_ROLE": "en verifikator",
  "role.STEWARD_ROLE": "en forvalter",
  "role.PROPOSER_ROLE": "afstemningskontrakten (tidslåsens forslagsstiller)",
  "role.EXECUTOR_ROLE": "den, der må udføre i tidslåsen",
  "role.CANCELLER_ROLE": "afstemningskontrakten (den, der må annullere i tidslåsen)",
  "role.ANCHOR_ROLE": "kontoen, der forankrer sletteloggen",
  "role.other": "indehaverne af rollen {hash}",

  GovernorNoVotingPower:
    "{account} havde ingen stemmer, da afstemningen om forslag #{proposal} åbnede: kontoen var ikke medlem endnu, eller stemmen var overdraget til en anden.",
  GovernorAlreadyCastVote: "{account} har allerede stemt om dette forslag; en stemme kan ikke ændres.",
  GovernorUnexpectedProposalState: "Forslag #{proposal} har status {state}; dette trin kræver {expected}.",
  "GovernorUnexpectedProposalState.exists":
    "Et forslag med de samme handlinger og den samme tekst findes allerede (#{proposal}, status {state}): ændr teksten for at stille det igen.",
  GovernorNonexistentProposal: "Der er intet forslag #{proposal}: tjek nummeret.",
  GovernorInsufficientProposerVotes: "Det kræver {threshold} stemme(r) at stille et forslag, og {account} har {votes}.",
  GovernorProposerHasLiveProposal:
    "{account} har allerede forslag #{proposal}, der afventer eller er åbent for afstemning: vent, til det er afgjort, før der stilles et nyt.",
  GovernorRestrictedProposer:
    "Forslagets tekst angiver en anden forslagsstiller end {account}: kun den konto, teksten angiver, kan stille det.",
  GovernorUnableToCancel:
    "{account} kan ikke annullere forslag #{proposal}: kun den tilsynsførende kan nedlægge veto mod det, en forslagsstiller kan kun trække sit eget tilbage, mens det afventer, og et forkastet forslag forbliver forkastet.",
  GovernorOnlyExecutor:
    "{account} kan ikke ændre reglerne direkte: reglerne kan kun ændres gennem et vedtaget forslag.",
  GovernorInvalidSignature:
    "Signaturen er ikke en gyldig stemmeseddel fra {account} til dette forslag: forkert underskriver, allerede brugt eller lavet til en anden kontrakt eller et andet netværk.",
  GovernorInvalidVoteType: "Det er ikke en gyldig stemme: stem for, imod eller blankt.",
  GovernorInvalidProposalLength:
    "Forslagets handlinger er ufuldstændige: det skal have mindst én, hver med en modtager, en værdi og kaldedata.",
  TimelockUnexpectedOperationState:
    "Tidslåsen er ikke klar: forslaget er ikke sat i kø, eller ventetiden er ikke gået endnu; prøv igen, når den er gået.",

  MembershipAlreadyMember: "{account} er allerede medlem.",
  MembershipNotMember: "{account} er ikke medlem.",
  MembershipUnknownDistrict: "Der er intet område {district}; puljen har {count}.",
  MembershipNonTransferable: "Et medlemskab kan ikke overføres: en medlemsansvarlig optager hvert medlem.",
  MembershipEmptyDistrictName: "Et område skal have et navn.",
  CommunityTokenLengthMismatch: "Hver modtager skal have ét beløb: fik {recipients} modtager(e) og {amounts} beløb.",
  AccessControlUnauthorizedAccount:
    "Kun {role} må gøre dette, ikke {account}: brug en konto med den rolle, eller bed medlemmerne om at tildele den ved et forslag.",
  OwnableUnauthorizedAccount:
    "{account} må ikke gøre dette: det kan kun ske gennem en fælles beslutning i puljen, ved et vedtaget forslag.",

  TreasuryInsufficientBalance:
    "Kassen har {available} frit (ikke reserveret til puljer eller milepælstilskud), mindre end de {requested}, der bedes om: den kan betale, når der er indbetalt nok.",
  TreasuryZeroAmount: "Beløbet skal være større end nul.",
  TreasuryInvalidRecipient: "Kassen kan ikke betale {account}: angiv en rigtig modtager, ikke nuladressen.",
  TreasuryInvalidToken: "{account} er ikke en token, kassen kan holde: angiv token-kontraktens adresse.",
  TreasuryOwnershipNotRenounceable:
    "Kassens ejer kan ikke fjernes: uden en ejer ville pengene aldrig kunne flyttes igen.",
  TreasurySpenderAllowanceExceeded:
    "{account} må bruge {allowance} fra kassen, mindre end de {requested}, der bedes om: resten af reservationen er brugt eller sendt tilbage, og medlemmerne kan fylde den op ved et forslag.",
  ERC20InsufficientBalance: "{account} har {balance}, men der skal bruges {needed}.",
  ERC20InsufficientAllowance:
    "{account} må kun tage {allowance}, mindre end de {needed}, der skal bruges: godkend mindst så meget først.",
  SafeERC20FailedOperation:
    "Token {token} gennemførte ikke overførslen: afsenderen har måske for lidt af den, eller også følger token ikke den ERC-20-standard, puljen har brug for.",

  BudgetRoundWrongPhase: "Runden er i fasen {actual}; dette trin hører til fasen {expected}.",
  BudgetRoundInvalidDistricts: "Rundens områder skal være kendte, stå der én gang hver og have et budget hver.",
  BudgetRoundInvalidSchedule:
    "Rundens tidsplan skal gå fra nu til slutningen af idéer, så vurdering, så afstemning; fik idéer til {ideasEnd}, vurdering til {reviewEnd} og afstemning til {votingEnd}.",
  BudgetRoundInvalidPicks:
    "En stemmeseddels valg skal opfylde 1 ≤ mindst ({min}) ≤ højst ({max}) ≤ idéer pr. område ({ideas}) ≤ 64.",
  BudgetRoundMissingRole: "En runde skal have mindst én bedømmer og en fordelingsregel.",
  BudgetRoundUnfunded:
    "Runden har {balance} af de {required}, den skal bruge: kassen skal betale budgettet i det samme forslag.",
  BudgetRoundNotMember:
    "{account} er ikke medlem, og kun medlemmer kan være med i budgetrunder: bed en medlemsansvarlig om medlemskab.",
  BudgetRoundJoinedAfterSnapshot:
    "{account} blev medlem {joined}, efter at listen over stemmeberettigede i denne runde blev låst, da vurderingen sluttede ({snapshot}), og kan stemme i næste runde.",
  BudgetRoundDistrictNotInRound: "{district} er ikke med i denne runde.",
  BudgetRoundNotYourDistrict: "{account} bor i {own} og kan kun indsende idéer dér, ikke til {district}.",
  BudgetRoundTooManyIdeas: "{district} har allerede så mange idéer, som runden tillader ({max}).",
  BudgetRoundInvalidCost: "Prisen skal være over nul og højst områdets budget på {budget}; fik {cost}.",
  BudgetRoundMissingText:
    "En idé skal have sin tekst: titlen og beskrivelsen gemmes først i fondens indholdstjeneste, og idéen sendes med deres forpligtelse.",
  BudgetRoundReasonMismatch:
    "Begrundelsen passer ikke til afgørelsen: en gennemførlig idé får begrundelsen »gennemførlig«, en idé, der ikke er gennemførlig, en af de andre.",
  BudgetRoundUnknownIdea: "Der er ingen idé #{idea} i denne runde.",
  BudgetRoundIdeaStatus: "Idé #{idea} har status {status}; dette trin kræver {expected}.",
  BudgetRoundNotProposer: "{account} indsendte ikke denne idé og kan ikke trække den tilbage: det kan kun {proposer}.",
  BudgetRoundNotReviewer: "{account} er ikke bedømmer i denne runde: kun rundens bedømmere kan vurdere idéer.",
  BudgetRoundEmptyReason: "Skriv en begrundelse: den bliver offentliggjort sammen med beslutningen.",
  BudgetRoundMissingPayee:
    "En idé, der vurderes som mulig, skal have en modtager: den, der får pengene, hvis idéen vinder.",
  BudgetRoundPickCount: "Vælg mellem {min} og {max} idéer; denne stemmeseddel vælger {count}.",
  BudgetRoundIdeaInOtherDistrict:
    "Idé #{idea} hører til {ideaDistrict}, og medlemmer stemmer kun på idéer i deres eget område ({district}).",
  BudgetRoundDuplicatePick: "Idé #{idea} er valgt to gange: vælg hver idé én gang.",
  BudgetRoundOverBudget: "De valgte idéer koster {total}, mere end områdets budget på {budget}: fjern en idé.",
  BudgetRoundInvalidSignature:
    "Signaturen er ikke en gyldig stemmeseddel fra {account} til denne runde: forkert underskriver, allerede brugt, afløst af en senere stemmeseddel eller annulleret, eller lavet til en anden runde eller et andet netværk.",
  BudgetRoundNotGuardian:
    "{account} er ikke rundens tilsynsførende: kun den tilsynsførende (under indsigelserne) eller medlemmerne (ved et forslag) kan stoppe en vinder.",
  BudgetRoundNothingToReturn: "Der er ikke noget tilbage i runden, der kan føres tilbage til kassen.",
  BudgetRoundDistrictFinalized: "Resultatet for {district} er allerede fordelt og offentliggjort.",

  StewardPoolNotCommitteeMember:
    "{account} er ikke med i puljens udvalg og kan ikke foreslå eller godkende dens tilskud.",
  StewardPoolNotGovernance:
    "{account} kan ikke ændre puljen: dens udvalg og budget ændres kun gennem et vedtaget forslag.",
  StewardPoolAlreadyClosed:
    "Puljen er lukket: den betaler ikke mere, og det, der var tilbage af dens reservation, er frit i kassen igen.",
  StewardPoolExpired:
    "Puljens mandat sluttede {time}: den betaler ikke mere; alle kan lukke den, så resten bliver frit i kassen.",
  StewardPoolNotExpired: "Puljen løber til {time}; indtil da kan kun et vedtaget forslag lukke den.",
  StewardPoolOverCap:
    "{amount} er mere end puljens loft på {cap} pr. tilskud: bed om mindre, eller stil det som forslag til alle medlemmer.",
  StewardPoolOverBudget:
    "Puljen har {remaining} tilbage, mindre end de {amount}, der bedes om: medlemmerne kan fylde den op ved et forslag.",
  StewardPoolInvalidGrant: "Et tilskud kræver en modtager og et beløb over nul; fik {payee} og {amount}.",
  StewardPoolGrantNotPending:
    "Tilskud #{grant} har status {status}; kun et tilskud, der venter på godkendelse, kan godkendes eller trækkes tilbage.",
  "StewardPoolGrantNotPending.unknown": "Puljen har intet tilskud #{grant}.",
  StewardPoolGrantStale:
    "Tilskud #{grant} blev foreslået af et tidligere udvalg og kan ikke længere godkendes: det nuværende udvalg skal foreslå det igen.",
  StewardPoolAlreadyApproved:
    "{account} har allerede godkendt tilskud #{grant}; et andet udvalgsmedlem skal godkende det.",
  StewardPoolNotProposer:
    "{account} foreslog ikke tilskud #{grant} og kan ikke trække det tilbage: det kan kun det udvalgsmedlem, der foreslog det.",
  StewardPoolInvalidCommittee:
    "Et udvalg skal have 1 til 15 forskellige medlemmer og en tærskel fra 1 til dets størrelse; fik {size} medlem(mer) og en tærskel på {threshold}.",
  StewardPoolInvalidParams:
    "En pulje skal have navn og mandat, et loft pr. tilskud over nul og en slutdato i fremtiden.",
  StewardPoolNotMember:
    "{account} er ikke medlem af fonden og kan derfor ikke søge dens puljer eller melde sig til dens arbejdsgrupper.",
  StewardPoolInvalidApplication:
    "En ansøgning kræver en modtager, et beløb over nul og en tekst; fik {payee} og {amount}.",
  StewardPoolApplicationNotOpen: "Ansøgning #{application} har status {status}; en ansøgning afgøres kun én gang.",
  "StewardPoolApplicationNotOpen.unknown": "Puljen har ingen ansøgning #{application}.",
  StewardPoolMissingReason: "Et afslag på en ansøgning kræver en skriftlig begrundelse til ansøgeren.",
  StewardPoolNotTaskGroup: "Kun en arbejdsgruppe har en liste over interesserede medlemmer; dette er en hurtigpulje.",
  StewardPoolAlreadyInterested: "{account} står allerede på arbejdsgruppens liste over interesserede medlemmer.",
  StewardPoolNotInterested: "{account} står ikke på arbejdsgruppens liste over interesserede medlemmer.",

  MilestoneGrantsInvalidGrant:
    "Et milepælstilskud kræver en modtager, en titel og 1 til 16 milepæle, hver med et beløb over nul og en beskrivelse.",
  MilestoneGrantsUnfunded:
    "Kassen har reserveret {allowance} til milepælstilskud, mindre end de {committed}, de ville skylde: det samme forslag skal først reservere hele beløbet.",
  MilestoneGrantsNotFound: "Milepælstilskud #{grant} har ingen milepæl {milestone}.",
  MilestoneGrantsWrongStatus:
    "Milepæl {milestone} i tilskud #{grant} har status {status}; dette trin kræver {expected}.",
  MilestoneGrantsInVetoWindow:
    "Milepæl {milestone} i tilskud #{grant} er i sin vetofrist til {time}: vogteren kan stadig stoppe den; udbetal den derefter.",
  MilestoneGrantsVetoWindowClosed:
    "Vetofristen for milepæl {milestone} i tilskud #{grant} udløb {time}: den kan ikke længere stoppes, kun udbetales.",
  MilestoneGrantsNotGuardian: "{account} er ikke milepælenes vogter og kan ikke stoppe en levering.",
  MilestoneGrantsMissingEvidence:
    "En levering kræver dokumentation: linket og en note, gemt i indholdstjenesten, og hashen af det dokument, linket peger på.",
  MilestoneGrantsNothingToCancel:
    "Milepælstilskud #{grant} har intet tilbage at annullere: hver milepæl er udbetalt eller annulleret.",

  PayeeRegistryNotVerified:
    "{payee} er ikke en verificeret modtager, og denne pulje betaler kun verificerede modtagere: bed en verifikator om at tjekke den i virksomhedsregistret først.",
  PayeeRegistryAttestationExpired:
    "Attesteringen af {payee} udløb {time}: bed en verifikator om at tjekke den igen, før den betales.",
  PayeeRegistryAttestationRevoked:
    "Attesteringen af {payee} er tilbagekaldt, så den kan ikke betales: en verifikator skal attestere den igen, når problemet er løst.",
  PayeeRegistryInvalidAttestation:
    "En attestering kræver en modtager, forpligtelsen til hvem den er, og en slutdato i fremtiden; fik {payee} til {time}.",
  PayeeRegistryNothingToRevoke: "{payee} har ingen gældende attestering at tilbagekalde.",
  GovernorReasonNotReference:
    "Kæden tager kun imod en stemmes begrundelse som en henvisning til teksten i fondens indholdstjeneste, aldrig selve ordene: gem begrundelsen der først, eller stem uden.",
  GovernorProposerWithoutStake:
    "{account} har stemmer, men intet eget medlemskab: kun et medlem (eller en indehaver af nok tokens) kan stille forslag, på sit eget medlemskab, så overdragne stemmer kan ikke starte et forslag.",
  BudgetRoundTooManyIdeasFromMember:
    "{account} har allerede {max} idéer i denne runde, så mange som ét medlem må have: træk en tilbage for at sende en ny.",
  BudgetRoundInvalidLimits:
    "En runde skal lade hvert medlem sende mindst én idé og højst så mange, som et område modtager (fik {max}), og en vinder skal have mindst én stemme (fik {min}).",
  BudgetRoundReviewerAsPayee:
    "{account} bedømmer denne runde og kan derfor ikke modtage penge fra den: angiv den organisation, der udfører arbejdet.",
  BudgetRoundSignatureExpired: "Den underskrevne stemmeseddel gjaldt indtil {time}: underskriv stemmesedlen igen.",
  BudgetRoundNotGovernance: "{account} kan ikke lukke runden: det kan kun medlemmerne, ved et forslag.",
  MembershipAdmissionLimitReached:
    "Registratorerne har optaget deres {max} medlemmer i denne periode: flere kan optages efter {time} eller ved et forslag.",
  MembershipInvalidAdmissionPeriod: "En optagelsesperiode skal vare mindst et sekund.",
  MembershipFoundersMismatch:
    "Udrulningen angiver {members} stiftende medlemmer, men {districts} områder til dem: giv hvert medlem ét område.",
  PayeeRegistryRevocationStands:
    "{payee}s godkendelse blev tilbagekaldt af {account}, og tilbagekaldelsen står ved magt, indtil denne godkender eller medlemmerne ophæver den.",
  PayeeRegistryNothingToLift: "{payee} har ingen stående tilbagekaldelse at ophæve.",
  TreasuryAllowanceBelowOwed:
    "{spender} skylder stadig {owed}: dens ramme kan ikke sættes til {requested}, under det. Annullér først det, den skylder.",
  PaymasterNotMember:
    "{account} er ikke medlem endnu, så fonden betaler ikke for dens handlinger: vis kontoens kode til en medlemsansvarlig for at blive optaget.",
  PaymasterOverBudget:
    "{account} har brugt den gas, fonden betaler for i denne periode ({used} af {budget}; denne handling kan kræve op til {requested}): prøv igen i næste periode.",
  PaymasterFeeTooHigh:
    "Netværkets gebyr er lige nu {fee} pr. gasenhed, mere end fonden betaler (højst {cap}): prøv igen senere, når netværket er mindre belastet.",
  PaymasterTargetNotAllowed: "Fonden betaler kun for handlinger i sine egne kontrakter, og {target} er ikke en af dem.",
  PaymasterActionNotAllowed:
    "Fonden betaler kun for medlemmers stemmer, stemmesedler, idéer og delegeringer, og denne handling i {target} er ikke en af dem.",
  PaymasterStaleWindow: "En ny gasperiode begyndte, mens dette blev sendt: prøv igen.",
  SignatureRelayUnsupportedCall:
    "Fonden videresender kun stemmer, stemmesedler og delegeringer, som et medlem har underskrevet, og dette er ikke en af dem.",
  SignatureRelayWrongNonceKey:
    "Denne underskrevne handling er {account}s, men den blev sendt som en andens: genindlæs siden og prøv igen.",
  SignatureRelayUnsupportedDomain: "{target} beskriver ikke sine underskrifter, som fondens kontrakter gør.",
  SignatureRelayHoldsNoFunds: "Fondens underskriftsformidler tager ikke imod penge.",
};
