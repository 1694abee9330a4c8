import { expect } from "chai";
import { gasDrift, GAS_TOLERANCE } from "../../bench/gasDrift";

describe("bench: the gas snapshot check", () => {
  const committed = {
    ours: { "castVote (steady)": 54_216, "deploy: governor": 5_090_273 },
    reference: { "castVote (steady)": 66_133 },
    sizes: { PuljeGovernor: 22_172 },
  };
  const measured = (ours: Record<string, bigint>, sizes = [{ name: "PuljeGovernor", bytes: 22_172, pulje: true }]) => ({
    ours,
    reference: { "castVote (steady)": 66_133n },
    sizes,
  });

  it("passes figures within the tolerance, and names every row that moved beyond it", () => {
    const within = BigInt(Math.floor(5_090_273 * GAS_TOLERANCE));
    expect(
      gasDrift(committed, measured({ "castVote (steady)": 54_216n, "deploy: governor": 5_090_273n + within })),
    ).to.deep.equal([]);
    expect(
      gasDrift(committed, measured({ "castVote (steady)": 54_271n, "deploy: governor": 5_090_273n })),
    ).to.deep.equal(['ours "castVote (steady)": 54216 -> 54271 (+55)']);
  });

  it("fails on a row added or gone, and on any change of a contract's size", () => {
    expect(
      gasDrift(
        committed,
        measured({ "castVote (steady)": 54_216n, queue: 138_346n }, [
          { name: "PuljeGovernor", bytes: 22_173, pulje: true },
        ]),
      ),
    ).to.deep.equal([
      'ours "deploy: governor": no longer measured',
      'ours "queue": new row',
      "size of PuljeGovernor: 22172 -> 22173 bytes",
    ]);
  });
});
