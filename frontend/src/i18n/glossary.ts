import type { Locale } from "./format";

/**
 * The fund's words, one per concept in each language, used everywhere the concept comes up:
 * a second name for the same thing is a second thing for a resident to learn. A unit test
 * (messages/glossary.test.ts) fails if a catalogue uses a word the glossary replaced, or
 * no longer uses a glossary word at all. Words residents may not know are explained where
 * they first appear (ui/Explain.tsx).
 *
 * `term` is the word as a reader finds it in the catalogue (any inflection matching `uses`);
 * `avoid` are the words it replaced. Both are matched against the texts with their
 * {placeholders} taken out, case-insensitively.
 */
export interface GlossaryEntry {
  /** The concept, in English, for the reader of this file. */
  concept: string;
  term: Record<Locale, string>;
  uses: Record<Locale, RegExp>;
  avoid: Record<Locale, RegExp | null>;
  /** Keys allowed the avoided word, because they explain it or name something else by it. */
  except?: readonly string[];
  /** Match `avoid` against the text with its {placeholders} in. */
  withPlaceholders?: boolean;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: "quorum: how many of all votes must be For or Abstain for a decision to count",
    term: { en: "minimum turnout", sv: "minsta deltagande", da: "mindste deltagelse", nb: "minste deltakelse" },
    uses: { en: /minimum turnout/i, sv: /minsta deltagande/i, da: /mindste deltagelse/i, nb: /minste deltakelse/i },
    avoid: { en: /quorum/i, sv: /kvorum|quorum|beslutsför/i, da: /kvorum|quorum/i, nb: /kvorum|quorum/i },
  },
  {
    concept: "the majority: the share of the votes For or Against a proposal needs to pass",
    term: { en: "majority", sv: "majoritet", da: "flertal", nb: "flertall" },
    uses: { en: /majorit/i, sv: /majoritet/i, da: /flertal/i, nb: /flertall/i },
    // Swedish "flertal" means "several"; Danish and Norwegian say "flertal(l)" in plain words.
    avoid: { en: /supermajorit/i, sv: /flertal/i, da: /majoritet/i, nb: /majoritet/i },
  },
  {
    concept: "the timelock's delay: the time a passed proposal waits before it can be carried out",
    term: { en: "waiting period", sv: "väntetid", da: "ventetid", nb: "ventetid" },
    uses: { en: /waiting period/i, sv: /väntetid/i, da: /ventetid/i, nb: /ventetid/i },
    avoid: {
      en: /time ?lock|\bqueue/i,
      sv: /tidslås|time ?lock|\bköa|\bkö\b/i,
      da: /tidslås|time ?lock|\bkø\b/i,
      nb: /tidslås|time ?lock|\bkø(en)?\b/i,
    },
  },
  {
    concept: "executing a passed proposal: doing what it decided",
    term: { en: "carry out", sv: "genomföra", da: "gennemføre", nb: "gjennomføre" },
    uses: { en: /carr(y|ied|ies) (it )?out/i, sv: /genomför/i, da: /gennemfør/i, nb: /gjennomfør/i },
    avoid: { en: /execut/i, sv: /verkställ|exekver/i, da: /eksekver|\budfør/i, nb: /eksekver|\butfør/i },
  },
  {
    concept: "connecting a wallet: how a resident identifies to vote",
    term: { en: "log in", sv: "logga in", da: "log ind", nb: "logg inn" },
    uses: { en: /log(ged)? in/i, sv: /logga(de)? in|inloggad/i, da: /log(get)? ind/i, nb: /logg(et)? inn|innlogget/i },
    avoid: {
      en: /\bconnect/i,
      sv: /\banslut(?!ning)/i,
      da: /\bforbind(?!else)/i,
      nb: /koble til|tilkobl/i,
    },
  },
  {
    concept: "the wallet: the browser app that keeps a resident's key (named only where it matters)",
    term: { en: "wallet app", sv: "plånboksapp", da: "tegnebogsapp", nb: "lommebokapp" },
    uses: { en: /wallet apps?/i, sv: /plånboksapp/i, da: /tegnebogsapp/i, nb: /lommebokapp/i },
    avoid: {
      en: /wallet(?!\s+apps?)/i,
      sv: /plånbok(?!sapp)|plånböcker|\bwallet/i,
      da: /tegnebog(?!sapp)|tegnebøger|\bwallet/i,
      nb: /lommebok(?!app)|lommebøker|\bwallet/i,
    },
  },
  {
    concept: "the network: said by its name, never by its chain id",
    term: { en: "network", sv: "nätverk", da: "netværk", nb: "nettverk" },
    uses: { en: /network/i, sv: /nätverk/i, da: /netværk/i, nb: /nettverk/i },
    withPlaceholders: true,
    avoid: {
      en: /(network|chain) \{/i,
      sv: /nätverk(et)? \{/i,
      da: /netværk(et)? \{/i,
      nb: /nettverk(et)? \{/i,
    },
    except: ["network.other"],
  },
  {
    concept: "the guardian: who may veto a proposal or stop a winner or a milestone",
    term: { en: "guardian", sv: "tillsynsansvarig", da: "tilsynsførende", nb: "tilsynsansvarlig" },
    uses: { en: /guardian/i, sv: /tillsynsansvarig/i, da: /tilsynsførende/i, nb: /tilsynsansvarlig/i },
    avoid: { en: null, sv: /väktar/i, da: /vogter/i, nb: /vokter/i },
  },
  {
    concept: "a milestone: one paid part of a grant paid in parts",
    term: { en: "milestone", sv: "delmål", da: "milepæl", nb: "milepæl" },
    uses: { en: /milestone/i, sv: /delmål/i, da: /milepæl/i, nb: /milepæl/i },
    avoid: { en: /\bstage\b/i, sv: /etapp/i, da: /etape/i, nb: /etapp/i },
  },
  {
    concept: "delegating: letting another member vote with one's vote",
    term: { en: "delegate", sv: "överlåta", da: "overdrage", nb: "overlate" },
    uses: { en: /delegat/i, sv: /överlåt/i, da: /overdrag/i, nb: /overlat/i },
    avoid: { en: null, sv: /deleger/i, da: /deleger/i, nb: /deleger/i },
  },
  {
    concept: "a payee's verification: a verifier confirming who a payee is from the business register",
    term: { en: "verify", sv: "verifiera", da: "verificere", nb: "verifisere" },
    uses: { en: /verif/i, sv: /verifier/i, da: /verificer/i, nb: /verifiser/i },
    avoid: { en: /attest/i, sv: /attest|intyg/i, da: /attest/i, nb: /attest/i },
  },
  {
    concept: "a hash: a document's or a transaction's fingerprint",
    term: { en: "fingerprint", sv: "fingeravtryck", da: "fingeraftryk", nb: "fingeravtrykk" },
    uses: { en: /fingerprint/i, sv: /fingeravtryck/i, da: /fingeraftryk/i, nb: /fingeravtrykk/i },
    avoid: {
      en: /\bhash|hexadecimal/i,
      sv: /\bhash|hexadecimal/i,
      da: /\bhash|hexadecimal/i,
      nb: /\bhash|heksadesimal/i,
    },
  },
  {
    concept: "a block: the chain's unit of time, which residents need not know",
    term: { en: "a few seconds", sv: "några sekunder", da: "få sekunder", nb: "noen sekunder" },
    uses: { en: /few seconds/i, sv: /några sekunder/i, da: /få sekunder/i, nb: /noen sekunder/i },
    avoid: { en: /\bblock\b/i, sv: /\bblock(et)?\b/i, da: /\bblok(ken)?\b/i, nb: /\bblokk(a|en)?\b/i },
  },
];
