import { ethers } from "hardhat";
import {
  AbiCoder,
  concat,
  toBeHex,
  type BytesLike,
  type Signer,
  type TransactionReceipt,
  type TransactionResponse,
} from "ethers";
import { impersonateAccount, setBalance } from "@nomicfoundation/hardhat-network-helpers";
import { entryPointAt } from "../../deploy/accounts";
import { PasskeyAccount__factory } from "../../typechain-types";
import { membershipFund, DAY, type FundFixture } from "../helpers/fixtures";
import { Passkey } from "../helpers/passkeys";

const abi = AbiCoder.defaultAbiCoder();

/** ERC-7821's one execution mode: a batch that reverts if a call fails, without opData. */
export const BATCH_MODE = "0x0100000000000000000000000000000000000000000000000000000000000000";
export const PERIOD = 30 * DAY;
/** Gas per member per period in the test fund: room for a few operations at their gas limits. */
export const GAS_BUDGET = 10_000_000n;

/** The gas limits every test operation carries; their sum is what validation reserves. */
export const LIMITS = {
  preVerificationGas: 60_000n,
  verificationGasLimit: 1_000_000n,
  callGasLimit: 300_000n,
  paymasterVerificationGasLimit: 150_000n,
  paymasterPostOpGasLimit: 60_000n,
};
export const MAX_GAS = Object.values(LIMITS).reduce((a, b) => a + b, 0n);
/** The most the test fund pays per gas (its config's `sponsorship.maxFeePerGas`, "10 gwei"). */
export const FEE_CAP = ethers.parseUnits("10", "gwei");
/** What every test operation offers per gas unless a test says otherwise: a 1 gwei tip, at most the cap. */
export const FEES = { maxPriorityFeePerGas: ethers.parseUnits("1", "gwei"), maxFeePerGas: FEE_CAP };
export type Fees = typeof FEES;

export interface Call {
  target: string;
  value?: bigint;
  data: string;
}

/** A membership fund with passkey accounts and a paymaster, deployed by the real module. */
export async function sponsoredFund() {
  const f = await membershipFund({
    passkeyAccounts: true,
    sponsorship: { gasPerPeriod: Number(GAS_BUDGET), period: "30 days", maxFeePerGas: "10 gwei" },
  });
  const [, , , , , , , , , , , , , bundler] = await ethers.getSigners();
  const entryPoint = entryPointAt(bundler);
  const factory = f.fund.accounts!.accountFactory;
  const paymaster = f.fund.paymaster!;
  const relay = f.fund.signatureRelay!.connect(bundler);
  const verifier = f.fund.accounts!.webAuthnVerifier;
  // The treasury's money reaches the deposit through the paymaster's receive (see the proposal test).
  await paymaster.deposit({ value: ethers.parseEther("10") });
  return { ...f, entryPoint, factory, paymaster, relay, verifier, bundler };
}
export type SponsoredFund = Awaited<ReturnType<typeof sponsoredFund>>;

/** A resident's passkey, the address of its account, and (if `admit`) its membership. */
export async function resident(f: SponsoredFund, admit = true) {
  const passkey = new Passkey();
  const address = await f.factory.predictAddress(passkey.qx, passkey.qy, 0);
  if (admit) await f.fund.membership!.connect(f.registrar).addMember(address, 0);
  return { passkey, address, account: PasskeyAccount__factory.connect(address, f.bundler) };
}
export type Resident = Awaited<ReturnType<typeof resident>>;

/** The budget period (window) number the paymaster expects in the next block. */
export async function currentWindow(f: SponsoredFund): Promise<bigint> {
  const block = await ethers.provider.getBlock("latest");
  return f.paymaster.windowAt(block!.timestamp + 1);
}

/** The first second of budget period `window`: periods are counted from the paymaster's deployment. */
export async function windowStart(f: SponsoredFund, window: bigint): Promise<bigint> {
  return (await f.paymaster.periodsStart()) + window * BigInt(PERIOD);
}

export function executeData(calls: Call[]): string {
  const batch = abi.encode(
    ["tuple(address target, uint256 value, bytes callData)[]"],
    [calls.map((c) => [c.target, c.value ?? 0n, c.data])],
  );
  return PasskeyAccount__factory.createInterface().encodeFunctionData("execute", [BATCH_MODE, batch]);
}

export const pack = (high: bigint, low: bigint) => concat([toBeHex(high, 16), toBeHex(low, 16)]);
/** An operation's `gasFees`: the tip in the high 16 bytes, the most per gas in the low ones. */
export const packFees = (fees: Fees) => pack(fees.maxPriorityFeePerGas, fees.maxFeePerGas);

/**
 * A signed user operation from `who`'s account: `calls` through `execute`, paid by the fund's
 * paymaster (unless `sponsored` is false), deploying the account first if it has no code yet,
 * offering FEES per gas unless `fees` says otherwise.
 */
export async function userOp(
  f: SponsoredFund,
  who: Resident,
  calls: Call[] | { callData: string },
  options: {
    window?: bigint;
    sponsored?: boolean;
    sign?: (hash: string) => string;
    paymasterData?: BytesLike;
    fees?: Fees;
  } = {},
) {
  const deployed = (await ethers.provider.getCode(who.address)) !== "0x";
  const factoryAddress = await f.factory.getAddress();
  const op = {
    sender: who.address,
    nonce: await f.entryPoint.getNonce(who.address, 0),
    initCode: deployed
      ? "0x"
      : concat([
          factoryAddress,
          f.factory.interface.encodeFunctionData("createAccount", [who.passkey.qx, who.passkey.qy, 0]),
        ]),
    callData: "callData" in calls ? calls.callData : executeData(calls),
    accountGasLimits: pack(LIMITS.verificationGasLimit, LIMITS.callGasLimit),
    preVerificationGas: LIMITS.preVerificationGas,
    gasFees: packFees(options.fees ?? FEES),
    paymasterAndData:
      options.sponsored === false
        ? "0x"
        : concat([
            await f.paymaster.getAddress(),
            toBeHex(LIMITS.paymasterVerificationGasLimit, 16),
            toBeHex(LIMITS.paymasterPostOpGasLimit, 16),
            options.paymasterData ?? toBeHex(options.window ?? (await currentWindow(f)), 6),
          ]),
    signature: "0x",
  };
  const hash: string = await f.entryPoint.getUserOpHash(op);
  op.signature = options.sign ? options.sign(hash) : who.passkey.accountSignature(f.verifier, hash);
  return op;
}

/** Submits operations as a bundler does: one handleOps transaction from an EOA. */
export async function bundle(
  f: SponsoredFund,
  ...ops: Awaited<ReturnType<typeof userOp>>[]
): Promise<TransactionReceipt | null> {
  const tx: TransactionResponse = await f.entryPoint.handleOps(ops, f.bundler.address);
  return tx.wait();
}

/**
 * What handleOps refused with: the EntryPoint's reason ("AA33 reverted" …) and, when the
 * paymaster or the signature relay reverted, its error decoded.
 */
export async function refusal(f: SponsoredFund, op: Awaited<ReturnType<typeof userOp>>) {
  try {
    await f.entryPoint.handleOps.staticCall([op], f.bundler.address);
  } catch (error) {
    const data = (error as { data?: string }).data!;
    const parsed = f.entryPoint.interface.parseError(data)!;
    const inner =
      parsed.name === "FailedOpWithRevert"
        ? (f.paymaster.interface.parseError(parsed.args[2]) ?? f.relay.interface.parseError(parsed.args[2]))
        : null;
    return { reason: parsed.args[1] as string, error: inner?.name ?? null, args: inner ? [...inner.args] : [] };
  }
  throw new Error("handleOps accepted the operation");
}

/** The timelock as a signer: what only an executed proposal can do, for rule tests. */
export async function asTimelock(f: FundFixture): Promise<Signer> {
  const address = await f.fund.timelock.getAddress();
  await impersonateAccount(address);
  await setBalance(address, ethers.parseEther("100"));
  return ethers.getSigner(address);
}
