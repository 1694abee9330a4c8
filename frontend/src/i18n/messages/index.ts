import type { Locale } from "../format";
import { en, type Messages } from "./en";
import { da } from "./da";
import { nb } from "./nb";
import { sv } from "./sv";

/**
 * Every catalogue at once, for the tests that compare them. The dApp itself loads them one at
 * a time (./load.ts), so it must not import this file.
 */
export const MESSAGES: Record<Locale, Messages> = { en, sv, da, nb };
