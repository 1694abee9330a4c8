import type { SelectHTMLAttributes } from "react";
import type { MemberChoice } from "./memberChoices";

/**
 * A member picked by name, grouped by district (memberChoices' order), with an empty first
 * choice: the delegation form and the revocation form both pick a member this way. Other
 * attributes reach the <select>, so a Field's label, help and error stay wired to it.
 */
export function MemberSelect({
  groups,
  value,
  none,
  onPick,
  ...select
}: {
  groups: readonly { district: string; members: readonly MemberChoice[] }[];
  value: string;
  /** The empty choice's words ("Choose a member"). */
  none: string;
  onPick: (account: string) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange">) {
  return (
    <select {...select} name="member" value={value} onChange={(e) => onPick(e.target.value)}>
      <option value="">{none}</option>
      {groups.map((group) => (
        <optgroup key={group.district} label={group.district}>
          {group.members.map((m) => (
            <option key={m.account} value={m.account}>
              {m.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
