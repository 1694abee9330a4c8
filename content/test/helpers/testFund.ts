/**
 * The fund the content tests and the content benchmark run against: deployed by the real
 * deployment module on a local node, its record written where the service reads it.
 */
import { HDNodeWallet, JsonRpcProvider, NonceManager } from "ethers";
import { deployFund } from "../../../deploy/deployFund";
import { toDeploymentRecord, writeDeployment } from "../../../deploy/deployments";
import { parseFundConfig } from "../../../sdk/config/fund";
import type { DeploymentRecord } from "../../../sdk/deployment";
import { ACCOUNTS, MNEMONIC } from "./accounts";

const DISTRICTS = ["Skovlunde", "Måløv", "Ballerup Nord", "Ballerup Syd"];

export interface TestFund {
  record: DeploymentRecord;
  /** deployments/<chainId>.json in `dir`. */
  deploymentFile: string;
  /** The deployer, for deploying test contracts next to the fund. */
  deployer: NonceManager;
  provider: JsonRpcProvider;
}

export async function deployTestFund(rpcUrl: string, dir: string): Promise<TestFund> {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true, pollingInterval: 50 });
  const deployer = new NonceManager(HDNodeWallet.fromPhrase(MNEMONIC, undefined, "m/44'/60'/0'/0/0").connect(provider));
  const config = parseFundConfig({
    name: "Content Test Fund",
    votingMode: "membership",
    districts: DISTRICTS,
    votingDelay: 86_400,
    votingPeriod: 5 * 86_400,
    lateQuorumExtension: 86_400,
    timelockDelay: 2 * 86_400,
    quorumPercent: 25,
    proposalThreshold: 1,
    registrars: [ACCOUNTS.registrar.address],
    registrarContact: "borgerbudget@example.dk",
    guardian: ACCOUNTS.guardian.address,
    members: ACCOUNTS.members.map((m, i) => ({ account: m.address, district: DISTRICTS[i % DISTRICTS.length] })),
    verifiers: [ACCOUNTS.verifier.address],
    stewards: [ACCOUNTS.verifier.address],
  });
  const record = await toDeploymentRecord(await deployFund(deployer, config), "localhost");
  return { record, deploymentFile: writeDeployment(record, dir), deployer, provider };
}
