import type { ErrorMessageKey, ErrorMessages } from "@sdk/errors/messages/en";

/**
 * The SDK's sentences for the fund's contract errors (one catalogue per language, shared with the
 * command line) as keys of the dApp's catalogue: `errors.contract.<ErrorName>`, and
 * `errors.contract.unknown` for an error without a sentence of its own.
 */
export type ContractErrorMessages = { readonly [K in ErrorMessageKey as `errors.contract.${K}`]: string };

export const contractErrorMessages = (messages: ErrorMessages): ContractErrorMessages =>
  Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [`errors.contract.${key}`, text]),
  ) as ContractErrorMessages;
