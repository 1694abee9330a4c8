import { describe, expect, it } from "vitest";
import { validateLeave } from "./leaveForm";

describe("leaving the fund", () => {
  it("asks for nothing more from a logged-in member who ticked that they understand", () => {
    expect(validateLeave({ understood: true }, { connected: true, isMember: true })).toEqual({});
    // While membership is still being read, the contract's simulation has the last word.
    expect(validateLeave({ understood: true }, { connected: true, isMember: undefined })).toEqual({});
  });

  it("asks the member to tick that they understand before anything is signed", () => {
    expect(validateLeave({ understood: false }, { connected: true, isMember: true })).toEqual({
      understood: { key: "leave.error.understood" },
    });
  });

  it("refuses someone logged out or not a member, at the form", () => {
    expect(validateLeave({ understood: true }, { connected: false, isMember: undefined })).toEqual({
      form: { key: "leave.error.connect" },
    });
    expect(validateLeave({ understood: false }, { connected: true, isMember: false })).toEqual({
      understood: { key: "leave.error.understood" },
      form: { key: "leave.error.notMember" },
    });
  });
});
