import { en, type Messages } from "./en";

// Placeholder until translated.
export const da: Messages = en;
