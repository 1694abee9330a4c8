// The stewards' lines of `status`: pools, milestone grants and payees. Loaded only by the
// status task's action (it needs typechain, which a fresh clone has not generated yet).
import type { ConnectedFund } from "../../deploy/deployments";
import { formatAmount } from "../../harness/operations";
import { assetAt, listMilestoneGrants, listPayees, listPools, poolGrants } from "../../harness/stewardsRead";
import type { TextReader } from "../../harness/texts";
import { iso } from "./shared";

export async function stewardsStatus(fund: ConnectedFund, now: number, read: TextReader): Promise<string[]> {
  const lines: string[] = ["", "Pools"];
  const pools = await listPools(fund, read);
  if (pools.length === 0) lines.push("  none yet (pool:propose)");
  for (const pool of pools) {
    const c = pool.contract;
    const asset = await assetAt(fund, await c.token());
    const [closed, endsAt, committee, threshold] = await Promise.all([
      c.closed(),
      c.endsAt(),
      c.committee(),
      c.threshold(),
    ]);
    const state = closed ? "closed" : Number(endsAt) <= now ? `ended ${iso(endsAt)}` : `until ${iso(endsAt)}`;
    lines.push(
      `  ${pool.number} ${pool.name} (${pool.kind === "QuickPool" ? "quick pool" : "task group"}, ${state}) ${pool.address}`,
      `    ${formatAmount(await c.remaining(), asset)} remaining, ${formatAmount(await c.spent(), asset)} spent, at most ${formatAmount(await c.capPerGrant(), asset)} a grant`,
      `    committee ${committee.join(", ")}; ${threshold} of ${committee.length} approve`,
    );
    for (const g of await poolGrants(fund, c, read)) {
      if (g.status !== "Pending") continue;
      lines.push(
        `    pending grant ${g.id}: ${formatAmount(g.amount, asset)} to ${g.payee} (${g.reason}), ${g.stale ? "proposed under an earlier committee: propose it again" : `${g.approvals} of ${threshold} approvals`}`,
      );
    }
  }

  lines.push("", "Milestone grants");
  const grants = await listMilestoneGrants(fund, read);
  if (grants.length === 0) lines.push("  none yet (milestone:propose)");
  for (const grant of grants) {
    const asset = await assetAt(fund, grant.token);
    lines.push(`  #${grant.id} ${grant.title} to ${grant.payee}`);
    for (const m of grant.milestones) {
      const when =
        m.status === "Delivered"
          ? Number(m.releasableAt) > now
            ? `  (in its veto window until ${iso(m.releasableAt)})`
            : "  (can be released now)"
          : "";
      lines.push(
        `    ${m.index + 1} ${m.status.padEnd(9)} ${formatAmount(m.amount, asset).padStart(16)}  ${m.description}${when}`,
      );
    }
  }

  const required = await fund.payees.verificationRequired();
  lines.push("", `Payees (payouts ${required ? "require" : "do not require"} a verified payee)`);
  const payees = await listPayees(fund, read);
  if (payees.length === 0) lines.push("  none attested yet (payee:attest)");
  for (const p of payees) {
    const state = p.revoked
      ? `revoked: ${p.revoked}`
      : Number(p.validUntil) <= now
        ? `expired ${iso(p.validUntil)}`
        : `verified until ${iso(p.validUntil)}`;
    // Who a payee is shows only where the content service lets this reader see it.
    const who = p.legalName
      ? `${p.legalName} (${p.scheme} ${p.number})`
      : `a ${p.kind === "Company" ? "company" : "sole trader"} in ${p.scheme}`;
    lines.push(`  ${p.payee} ${who}: ${state}`);
  }
  return lines;
}
