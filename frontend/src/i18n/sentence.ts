import type { MessageKey } from "./messages/en";
import type { Vars } from "./translate";

/**
 * A message not yet put into words: its key and the facts it needs. Kept instead of a string
 * wherever the text outlives the moment it was made (a transaction's label, a check's
 * finding), so it is said again in whatever language the visitor switches to.
 */
export type Sentence = { key: MessageKey; vars?: Vars };
