import { task } from "hardhat/config";
import { fundContext, pickDistrict, plainErrors } from "./context";

task("membership:add", "Admits a member to a district (registrars only)")
  .addParam("account", "The new member's address")
  .addParam("district", "District name (as in the config) or number")
  .addOptionalParam("from", "Registrar: an address or account index")
  .setAction(
    plainErrors(async (args: { account: string; district: string; from?: string }, hre) => {
      const { isAddress } = await import("ethers");
      if (!isAddress(args.account)) throw new Error(`--account must be an address, got "${args.account}"`);
      const { fund, signer } = await fundContext(hre, args.from);
      const membership = fund.membership;
      if (!membership) throw new Error("This fund is token-weighted: it has holders, not members");
      const { index, names } = await pickDistrict(membership, args.district);
      const receipt = await (await membership.connect(signer).addMember(args.account, index)).wait();
      console.log(`Admitted ${args.account} to ${names[index]} (tx ${receipt!.hash})`);
    }),
  );
