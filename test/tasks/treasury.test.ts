import { expect } from "chai";
import { ethers } from "hardhat";
import { parseEther, ZeroHash } from "ethers";
import type { Hex } from "viem";
import { ContentClient } from "../../sdk/content/client";
import { runTask as run } from "../helpers/runTask";
import { taskChain } from "../helpers/taskChain";

describe("Treasury task (anyone pays into the treasury with treasury:deposit)", function () {
  const chain = taskChain("deployed");

  it("deposits ETH with a memo: the memo in the content service, its commitment on chain", async () => {
    const { treasury } = chain.fund;
    const deposited = await run("treasury:deposit", { amount: "5", token: "ETH", memo: "Pulje 2026", from: "0" });
    expect(deposited.output).to.match(/^Deposited 5\.0 ETH into the treasury \(tx 0x[0-9a-f]{64}\)$/);
    expect(await treasury.balanceOf(ethers.ZeroAddress)).to.equal(parseEther("5"));
    const [event] = await treasury.queryFilter(treasury.filters.Deposited());
    expect([event.args.from, event.args.amount]).to.deep.equal([chain.signers[0].address, parseEther("5")]);

    // Anyone reads the memo back by the commitment the chain holds, and it recomputes to it.
    const record = await new ContentClient({ url: chain.content!.service.url }).readText(event.args.memo as Hex);
    expect(record.status).to.equal("published");
    expect(record.status === "published" && [record.text.kind, record.text.contract, record.text.fields]).to.deep.equal(
      ["depositMemo", await treasury.getAddress(), { memo: "Pulje 2026" }],
    );
  });

  it("deposits without a memo: nothing written, a zero commitment", async () => {
    const { treasury } = chain.fund;
    expect((await run("treasury:deposit", { amount: "1", token: "ETH", memo: "", from: "1" })).error).to.equal(null);
    const events = await treasury.queryFilter(treasury.filters.Deposited());
    expect(events.map((e) => e.args.memo)).to.have.length(2);
    expect(events[1].args.memo).to.equal(ZeroHash);
  });

  it("with the content service down, says so in one sentence and sends nothing", async () => {
    const { treasury } = chain.fund;
    const url = process.env.PULJE_CONTENT_URL;
    const nonce = await ethers.provider.getTransactionCount(chain.signers[2].address);
    // Nothing listens on port 9 (discard) on a test machine: the connection is refused.
    process.env.PULJE_CONTENT_URL = "http://127.0.0.1:9";
    try {
      const failed = await run("treasury:deposit", { amount: "2", token: "ETH", memo: "Til bænke", from: "2" });
      expect(failed.error).to.equal(
        "The content service at http://127.0.0.1:9 does not answer: start it (npm start runs one) or set PULJE_CONTENT_URL to the fund's service.",
      );
      expect(failed.output).to.equal("");
    } finally {
      process.env.PULJE_CONTENT_URL = url;
    }
    expect(await ethers.provider.getTransactionCount(chain.signers[2].address)).to.equal(nonce);
    expect(await treasury.queryFilter(treasury.filters.Deposited())).to.have.length(2);
    expect(await treasury.balanceOf(ethers.ZeroAddress)).to.equal(parseEther("6"));
  });
});
