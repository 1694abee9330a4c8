import { en, type Messages } from "./en";

// Placeholder until translated.
export const sv: Messages = en;
