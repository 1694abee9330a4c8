// The audit's five checks, one file each (numbered as the README lists them).
export { checkBalances } from "./balances";
export { checkPaymentsTraceToDecisions } from "./paymentTraces";
export { checkExecutedProposalsPaid } from "./executedPayments";
export { checkRoleHolders, type NamedHolders } from "./roleHolders";
export { checkPayeesVerified } from "./payeesVerified";
export type { CheckResult, FormatAmount } from "./check";
