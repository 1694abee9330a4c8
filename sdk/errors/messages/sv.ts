import type { ErrorMessages } from "./en";

// Swedish (svenska).
export const sv: ErrorMessages = {
  unknown: "Kontraktet avvisade det här ({name}).",
  "role.DEFAULT_ADMIN_ROLE": "fondens gemensamma beslut (tidslåset)",
  "role.REGISTRAR_ROLE": "en medlemsansvarig",
  "role.VERIFIER_ROLE": "en verifierare",
  "role.STEWARD_ROLE": "en förvaltare",
  "role.PROPOSER_ROLE": "omröstningskontraktet (tidslåsets förslagsställare)",
  "role.EXECUTOR_ROLE": "den som får verkställa i tidslåset",
  "role.CANCELLER_ROLE": "omröstningskontraktet (den som får avbryta i tidslåset)",
  "role.ANCHOR_ROLE": "kontot som förankrar raderingsloggen",
  "role.other": "den som har rollen {hash}",

  GovernorNoVotingPower:
    "{account} hade inga röster när omröstningen om förslag #{proposal} öppnade: kontot var inte medlem än då, eller så var rösten delegerad till någon annan.",
  GovernorAlreadyCastVote: "{account} har redan röstat om det här förslaget; en röst kan inte ändras.",
  GovernorUnexpectedProposalState: "Förslag #{proposal} har status {state}; det här steget kräver {expected}.",
  "GovernorUnexpectedProposalState.exists":
    "Ett förslag med samma åtgärder och samma text finns redan (#{proposal}, status {state}): ändra texten för att lägga fram det igen.",
  GovernorNonexistentProposal: "Det finns inget förslag #{proposal}: kontrollera numret.",
  GovernorInsufficientProposerVotes:
    "Det krävs {threshold} röst(er) för att lägga fram ett förslag, och {account} har {votes}.",
  GovernorProposerHasLiveProposal:
    "{account} har redan förslag #{proposal} som väntar eller är öppet för omröstning: vänta tills det är avgjort innan ett nytt läggs fram.",
  GovernorRestrictedProposer:
    "Förslagets text anger en annan förslagsställare än {account}: bara kontot som texten anger kan lägga fram det.",
  GovernorUnableToCancel:
    "{account} kan inte avbryta förslag #{proposal}: bara den tillsynsansvariga kan stoppa det med veto, en förslagsställare kan dra tillbaka sitt eget bara medan det väntar, och ett avslaget förslag förblir avslaget.",
  GovernorOnlyExecutor: "{account} kan inte ändra reglerna direkt: reglerna kan bara ändras genom ett antaget förslag.",
  GovernorInvalidSignature:
    "Signaturen är inte en giltig valsedel från {account} för det här förslaget: fel undertecknare, redan använd, eller gjord för ett annat kontrakt eller nätverk.",
  GovernorInvalidVoteType: "Det är inte en giltig röst: rösta för, emot eller avstå.",
  GovernorInvalidProposalLength:
    "Förslagets åtgärder är ofullständiga: det behöver minst en, var och en med mottagare, värde och anropsdata.",
  TimelockUnexpectedOperationState:
    "Tidslåset är inte redo: förslaget har inte lagts i tidslåset, eller så har väntetiden inte gått ut än; försök igen när den har gått ut.",

  MembershipAlreadyMember: "{account} är redan medlem.",
  MembershipNotMember: "{account} är inte medlem.",
  MembershipUnknownDistrict: "Det finns inget område {district}; fonden har {count}.",
  MembershipNonTransferable: "Ett medlemskap kan inte överlåtas: varje medlem läggs till av en medlemsansvarig.",
  MembershipEmptyDistrictName: "Ett område behöver ett namn.",
  CommunityTokenLengthMismatch: "Varje mottagare behöver ett belopp: fick {recipients} mottagare och {amounts} belopp.",
  AccessControlUnauthorizedAccount:
    "Bara {role} får göra det här, inte {account}: använd ett konto med den rollen, eller be medlemmarna att tilldela den genom ett förslag.",
  OwnableUnauthorizedAccount:
    "{account} får inte göra det här: det kan bara göras genom ett gemensamt beslut i fonden, med ett antaget förslag.",

  TreasuryInsufficientBalance:
    "Kassan har {available} fritt (inte reserverat för potter eller delmålsbidrag), mindre än de {requested} som begärs: den kan betala när tillräckligt har satts in.",
  TreasuryZeroAmount: "Beloppet måste vara större än noll.",
  TreasuryInvalidRecipient: "Kassan kan inte betala {account}: ange en riktig mottagare, inte nolladressen.",
  TreasuryInvalidToken: "{account} är inte en token som kassan kan hålla: ange tokenkontraktets adress.",
  TreasuryOwnershipNotRenounceable:
    "Kassans ägare kan inte tas bort: utan en ägare skulle pengarna aldrig kunna flyttas igen.",
  TreasurySpenderAllowanceExceeded:
    "{account} får använda {allowance} ur kassan, mindre än de {requested} som begärs: resten av reservationen är använd eller återlämnad, och medlemmarna kan fylla på den genom ett förslag.",
  ERC20InsufficientBalance: "{account} har {balance}, men {needed} behövs.",
  ERC20InsufficientAllowance:
    "{account} får bara ta {allowance}, mindre än de {needed} som behövs: godkänn minst så mycket först.",
  SafeERC20FailedOperation:
    "Token {token} genomförde inte överföringen: avsändaren kan ha för lite av den, eller så följer token inte ERC-20-standarden som fonden behöver.",

  BudgetRoundWrongPhase: "Omgången är i fasen {actual}; det här steget hör till fasen {expected}.",
  BudgetRoundInvalidDistricts: "Omgångens områden måste vara kända, stå med en gång var och ha en budget var.",
  BudgetRoundInvalidSchedule:
    "Omgångens schema måste gå från nu till slutet för idéer, sedan granskning, sedan omröstning; fick idéer till {ideasEnd}, granskning till {reviewEnd} och omröstning till {votingEnd}.",
  BudgetRoundInvalidPicks:
    "En valsedels val måste uppfylla 1 ≤ minst ({min}) ≤ högst ({max}) ≤ idéer per område ({ideas}) ≤ 64.",
  BudgetRoundMissingRole: "En omgång behöver minst en granskare och en fördelningsregel.",
  BudgetRoundUnfunded:
    "Omgången har {balance} av de {required} den behöver: kassan måste betala budgeten i samma förslag.",
  BudgetRoundNotMember:
    "{account} är inte medlem, och bara medlemmar kan vara med i budgetomgångar: be en medlemsansvarig om medlemskap.",
  BudgetRoundJoinedAfterSnapshot:
    "{account} blev medlem {joined}, efter att röstlängden för den här omgången låstes när granskningen avslutades ({snapshot}), och kan rösta i nästa omgång.",
  BudgetRoundDistrictNotInRound: "{district} är inte med i den här omgången.",
  BudgetRoundNotYourDistrict: "{account} bor i {own} och kan bara skicka in idéer där, inte till {district}.",
  BudgetRoundTooManyIdeas: "{district} har redan så många idéer som omgången tillåter ({max}).",
  BudgetRoundInvalidCost: "Kostnaden måste vara större än noll och högst områdets budget på {budget}; fick {cost}.",
  BudgetRoundMissingText:
    "En idé behöver sin text: titeln och beskrivningen sparas först i fondens innehållstjänst, och idén skickas med deras åtagande.",
  BudgetRoundReasonMismatch:
    "Skälet passar inte beslutet: en genomförbar idé får skälet ”genomförbar”, en idé som inte är genomförbar något av de andra.",
  BudgetRoundUnknownIdea: "Det finns ingen idé #{idea} i den här omgången.",
  BudgetRoundIdeaStatus: "Idé #{idea} har status {status}; det här steget kräver {expected}.",
  BudgetRoundNotProposer:
    "{account} skickade inte in den här idén och kan inte ta tillbaka den: det kan bara {proposer}.",
  BudgetRoundNotReviewer: "{account} är inte granskare i den här omgången: bara omgångens granskare kan bedöma idéer.",
  BudgetRoundEmptyReason: "Skriv en motivering: den publiceras tillsammans med beslutet.",
  BudgetRoundMissingPayee: "En genomförbar idé behöver en mottagare: den som får pengarna om idén vinner.",
  BudgetRoundPickCount: "Välj mellan {min} och {max} idéer; den här valsedeln väljer {count}.",
  BudgetRoundIdeaInOtherDistrict:
    "Idé #{idea} hör till {ideaDistrict}, och medlemmar röstar bara på idéer i sitt eget område ({district}).",
  BudgetRoundDuplicatePick: "Idé #{idea} är vald två gånger: välj varje idé en gång.",
  BudgetRoundOverBudget: "De valda idéerna kostar {total}, mer än områdets budget på {budget}: ta bort en idé.",
  BudgetRoundInvalidSignature:
    "Signaturen är inte en giltig valsedel från {account} för den här omgången: fel undertecknare, redan använd, ersatt av en senare valsedel eller avbruten, eller gjord för en annan omgång eller ett annat nätverk.",
  BudgetRoundNotGuardian:
    "{account} är inte tillsynsansvarig för omgången: bara den tillsynsansvariga (under invändningarna) eller medlemmarna (genom ett förslag) kan stoppa en vinnare.",
  BudgetRoundNothingToReturn: "Det finns inget kvar i omgången att återföra till kassan.",
  BudgetRoundDistrictFinalized: "Resultatet för {district} är redan fördelat och publicerat.",

  StewardPoolNotCommitteeMember:
    "{account} sitter inte i pottens kommitté och kan inte föreslå eller godkänna dess bidrag.",
  StewardPoolNotGovernance:
    "{account} kan inte ändra potten: dess kommitté och budget ändras bara genom ett antaget förslag.",
  StewardPoolAlreadyClosed:
    "Potten är stängd: den betalar inget mer, och det som var kvar av dess reservation är fritt i kassan igen.",
  StewardPoolExpired:
    "Pottens uppdrag slutade {time}: den betalar inget mer; vem som helst kan stänga den så att resten blir fri i kassan.",
  StewardPoolNotExpired: "Potten löper till {time}; innan dess kan bara ett antaget förslag stänga den.",
  StewardPoolOverCap:
    "{amount} är mer än pottens tak på {cap} per bidrag: be om mindre, eller lägg fram det som förslag till alla medlemmar.",
  StewardPoolOverBudget:
    "Potten har {remaining} kvar, mindre än de {amount} som begärs: medlemmarna kan fylla på den genom ett förslag.",
  StewardPoolInvalidGrant: "Ett bidrag behöver en mottagare och ett belopp över noll; fick {payee} och {amount}.",
  StewardPoolGrantNotPending:
    "Bidrag #{grant} har status {status}; bara ett bidrag som väntar på godkännande kan godkännas eller dras tillbaka.",
  "StewardPoolGrantNotPending.unknown": "Potten har inget bidrag #{grant}.",
  StewardPoolGrantStale:
    "Bidrag #{grant} föreslogs av en tidigare kommitté och kan inte längre godkännas: den nuvarande kommittén måste föreslå det igen.",
  StewardPoolAlreadyApproved: "{account} har redan godkänt bidrag #{grant}; en annan ledamot måste godkänna det.",
  StewardPoolNotProposer:
    "{account} föreslog inte bidrag #{grant} och kan inte dra tillbaka det: det kan bara den ledamot som föreslog det.",
  StewardPoolInvalidCommittee:
    "En kommitté behöver 1 till 15 olika ledamöter och en tröskel från 1 till dess storlek; fick {size} ledamot/ledamöter och en tröskel på {threshold}.",
  StewardPoolInvalidParams:
    "En pott behöver namn och uppdrag, ett tak per bidrag över noll och ett slutdatum i framtiden.",
  StewardPoolNotMember:
    "{account} är inte medlem i fonden och kan därför inte ansöka ur dess potter eller anmäla intresse för dess arbetsgrupper.",
  StewardPoolInvalidApplication:
    "En ansökan behöver en mottagare, ett belopp över noll och en text; fick {payee} och {amount}.",
  StewardPoolApplicationNotOpen: "Ansökan #{application} har status {status}; en ansökan avgörs bara en gång.",
  "StewardPoolApplicationNotOpen.unknown": "Potten har ingen ansökan #{application}.",
  StewardPoolMissingReason: "Att avslå en ansökan kräver en skriftlig motivering till den sökande.",
  StewardPoolNotTaskGroup: "Bara en arbetsgrupp har en lista över intresserade medlemmar; detta är en snabbpott.",
  StewardPoolAlreadyInterested: "{account} står redan på arbetsgruppens lista över intresserade medlemmar.",
  StewardPoolNotInterested: "{account} står inte på arbetsgruppens lista över intresserade medlemmar.",

  MilestoneGrantsInvalidGrant:
    "Ett delmålsbidrag behöver en mottagare, en titel och 1 till 16 delmål, vart och ett med ett belopp över noll och en beskrivning.",
  MilestoneGrantsUnfunded:
    "Kassan har reserverat {allowance} för delmålsbidrag, mindre än de {committed} de skulle vara skyldiga: samma förslag måste först reservera hela summan.",
  MilestoneGrantsNotFound: "Delmålsbidrag #{grant} har inget delmål {milestone}.",
  MilestoneGrantsWrongStatus:
    "Delmål {milestone} i bidrag #{grant} har status {status}; det här steget kräver {expected}.",
  MilestoneGrantsInVetoWindow:
    "Delmål {milestone} i bidrag #{grant} är i sin vetofrist till {time}: väktaren kan fortfarande stoppa det; betala ut det efter det.",
  MilestoneGrantsVetoWindowClosed:
    "Vetofristen för delmål {milestone} i bidrag #{grant} gick ut {time}: det kan inte längre stoppas, bara betalas ut.",
  MilestoneGrantsNotGuardian: "{account} är inte väktare för delmålen och kan inte stoppa en leverans.",
  MilestoneGrantsMissingEvidence:
    "En leverans behöver underlag: länken och en anteckning, sparade i innehållstjänsten, och hashen av dokumentet som länken pekar på.",
  MilestoneGrantsNothingToCancel:
    "Delmålsbidrag #{grant} har inget kvar att avbryta: varje delmål är utbetalt eller avbrutet.",

  PayeeRegistryNotVerified:
    "{payee} är inte en verifierad mottagare, och den här fonden betalar bara verifierade mottagare: be en verifierare att kontrollera den i företagsregistret först.",
  PayeeRegistryAttestationExpired:
    "Intyget för {payee} gick ut {time}: be en verifierare att kontrollera den igen innan den får betalt.",
  PayeeRegistryAttestationRevoked:
    "Intyget för {payee} har återkallats, så den kan inte få betalt: en verifierare måste intyga den igen när problemet är löst.",
  PayeeRegistryInvalidAttestation:
    "Ett intyg behöver en mottagare, åtagandet för vem den är och ett slutdatum i framtiden; fick {payee} till {time}.",
  PayeeRegistryNothingToRevoke: "{payee} har inget gällande intyg att återkalla.",
  GovernorReasonNotReference:
    "Kedjan tar emot en rösts motivering bara som en hänvisning till texten i fondens innehållstjänst, aldrig själva orden: spara motiveringen där först, eller rösta utan.",
  GovernorProposerWithoutStake:
    "{account} har röster men inget eget medlemskap: bara en medlem (eller en innehavare av tillräckligt många tokens) kan lägga förslag, på sitt eget medlemskap, så delegerade röster kan inte starta ett förslag.",
  BudgetRoundTooManyIdeasFromMember:
    "{account} har redan {max} idéer i den här omgången, så många som en medlem får ha: dra tillbaka en för att skicka en ny.",
  BudgetRoundInvalidLimits:
    "En omgång måste låta varje medlem skicka minst en idé och högst så många som ett område tar emot (fick {max}), och en vinnare behöver minst en röst (fick {min}).",
  BudgetRoundReviewerAsPayee:
    "{account} granskar den här omgången och kan därför inte få pengar från den: ange organisationen som utför arbetet.",
  BudgetRoundSignatureExpired: "Den signerade röstsedeln gällde till {time}: signera röstsedeln igen.",
  BudgetRoundNotGovernance: "{account} kan inte stänga omgången: det kan bara medlemmarna, genom ett förslag.",
  MembershipAdmissionLimitReached:
    "Registratorerna har tagit in sina {max} medlemmar för den här perioden: fler kan tas in efter {time} eller genom ett förslag.",
  MembershipInvalidAdmissionPeriod: "En intagningsperiod måste vara minst en sekund.",
  MembershipFoundersMismatch:
    "Driftsättningen anger {members} grundande medlemmar men {districts} områden för dem: ge varje medlem ett område.",
  PayeeRegistryRevocationStands:
    "{payee}s intyg återkallades av {account}, och återkallelsen står kvar tills den granskaren eller medlemmarna häver den.",
  PayeeRegistryNothingToLift: "{payee} har ingen kvarstående återkallelse att häva.",
  TreasuryAllowanceBelowOwed:
    "{spender} är fortfarande skyldig {owed}: dess ram kan inte sättas till {requested}, under det. Avbryt först det den är skyldig.",
  PaymasterNotMember:
    "{account} är inte medlem än, så fonden betalar inte för dess handlingar: visa kontots kod för en medlemsansvarig för att bli antagen.",
  PaymasterOverBudget:
    "{account} har använt den gas fonden betalar för under den här perioden ({used} av {budget}; den här handlingen kan behöva upp till {requested}): försök igen nästa period.",
  PaymasterFeeTooHigh:
    "Nätverkets avgift är just nu {fee} per gasenhet, mer än fonden betalar (högst {cap}): försök igen senare, när nätverket är mindre belastat.",
  PaymasterTargetNotAllowed:
    "Fonden betalar bara för handlingar i sina egna kontrakt, och {target} är inte ett av dem.",
  PaymasterActionNotAllowed:
    "Fonden betalar bara för medlemmars röster, valsedlar, idéer och delegeringar, och den här handlingen i {target} är ingen av dem.",
  PaymasterStaleWindow: "En ny gasperiod började medan detta skickades: försök igen.",
  SignatureRelayUnsupportedCall:
    "Fonden för bara vidare röster, valsedlar och delegeringar som en medlem har signerat, och detta är ingen av dem.",
  SignatureRelayWrongNonceKey:
    "Den här signerade handlingen är {account}s, men den skickades som någon annans: ladda om sidan och försök igen.",
  SignatureRelayUnsupportedDomain: "{target} beskriver inte sina signaturer som fondens kontrakt gör.",
  SignatureRelayHoldsNoFunds: "Fondens signaturförmedlare tar inte emot pengar.",
};
