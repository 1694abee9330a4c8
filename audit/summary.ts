import type { AuditResult } from "./audit";
import { amountFormatter } from "./audit";
import type { LedgerKind } from "../sdk/history/ledger";

/** The audit as Markdown: what was read, the reconciliation per asset, and each check with its evidence. */
export function summaryMarkdown(result: AuditResult): string {
  const format = amountFormatter(result.assets);
  const counts = new Map<LedgerKind, number>();
  for (const e of result.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const lines = [
    `# Audit of ${result.name}`,
    "",
    `Chain ${result.chainId}, blocks ${result.fromBlock}–${result.toBlock}: ${result.entries.length} events.`,
    "",
    `**Result: ${result.passed ? "all checks passed" : "CHECKS FAILED"}**`,
    "",
    "## Events",
    "",
    "| kind | count |",
    "|---|---:|",
    ...[...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([kind, n]) => `| ${kind} | ${n} |`),
    "",
    "## Reconciliation",
    "",
    "| asset | deposits | payments | deposits − payments | balance | unexplained |",
    "|---|---:|---:|---:|---:|---:|",
    ...result.reconciliation.map(
      (r) =>
        `| ${format(r.asset, 0n).split(" ")[1]} | ${format(r.asset, r.deposits)} | ${format(r.asset, r.payments)} | ${format(r.asset, r.explained)} | ${format(r.asset, r.balance)} | ${format(r.asset, r.unexplained)} |`,
    ),
    ...(result.escrows.length === 0
      ? []
      : [
          "",
          "## Budget round escrows",
          "",
          "| round | opened by | paid in | released | returned | in − released − returned | balance | unexplained |",
          "|---|---|---:|---:|---:|---:|---:|---:|",
          ...result.escrows.map(
            (r) =>
              `| ${r.round} | ${r.proposal === null ? "—" : `proposal #${r.proposal}`} | ${format(r.asset, r.paidIn)} | ${format(r.asset, r.released)} | ${format(r.asset, r.returned)} | ${format(r.asset, r.explained)} | ${format(r.asset, r.balance)} | ${format(r.asset, r.unexplained)} |`,
          ),
        ]),
    ...(result.allowances.spenders.length === 0
      ? []
      : [
          "",
          "## Allowances",
          "",
          "| spender | asset | set | spent | returned | explained | on chain |",
          "|---|---|---:|---:|---:|---:|---:|",
          ...result.allowances.spenders.map(
            (a) =>
              `| ${a.spender} | ${format(a.asset, 0n).split(" ")[1]} | ${format(a.asset, a.set)} | ${format(a.asset, a.spent)} | ${format(a.asset, a.returned)} | ${format(a.asset, a.explained)} | ${format(a.asset, a.onChain)} |`,
          ),
        ]),
    "",
    "## Checks",
    "",
  ];
  for (const check of result.checks) {
    lines.push(
      `### ${check.passed ? "✓ passed" : "✗ FAILED"}: ${check.id}. ${check.title}`,
      "",
      ...check.evidence.map((e) => `- ${e}`),
      "",
    );
  }
  return lines.join("\n");
}
