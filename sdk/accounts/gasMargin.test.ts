import { describe, expect, it } from "vitest";
import { CALL_GAS_MARGIN, sendWithGasMargin } from "./gasMargin";

describe("sendWithGasMargin", () => {
  it("sends the bundler's estimate with 50,000 more call gas, the other limits as estimated", async () => {
    const sent: unknown[] = [];
    const estimate = {
      preVerificationGas: 63_990n,
      verificationGasLimit: 49_783n,
      callGasLimit: 38_295n,
      paymasterVerificationGasLimit: 54_481n,
      paymasterPostOpGasLimit: 6_400n,
    };
    const calls = [{ to: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0" as const, data: "0x5c19a95c" as const }];
    const hash = await sendWithGasMargin(
      {
        estimateUserOperationGas: async (args) => (expect(args).toEqual({ calls }), estimate),
        sendUserOperation: async (args) => (sent.push(args), "0xabc"),
      },
      calls,
    );
    expect(hash).toBe("0xabc");
    expect(CALL_GAS_MARGIN).toBe(50_000n);
    expect(sent).toEqual([{ calls, ...estimate, callGasLimit: 88_295n }]);
  });
});
