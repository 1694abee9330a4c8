import { task } from "hardhat/config";
import { fundContext, plainErrors } from "./context";

task("membership:add", "Admits a member to a district (registrars only)")
  .addParam("account", "The new member's address")
  .addParam("district", "District name (as in the config) or number")
  .addOptionalParam("from", "Registrar: an address or account index")
  .setAction(
    plainErrors(async (args: { account: string; district: string; from?: string }, hre) => {
      const { fund, signer } = await fundContext(hre, args.from);
      const membership = fund.membership;
      if (!membership) throw new Error("This fund is token-weighted: it has holders, not members");
      const count = Number(await membership.districtCount());
      const names = await Promise.all(Array.from({ length: count }, (_, i) => membership.districtName(i)));
      const district = /^\d+$/.test(args.district)
        ? Number(args.district)
        : names.findIndex((n) => n.toLowerCase() === args.district.toLowerCase());
      if (district < 0 || district >= count)
        throw new Error(`Unknown district "${args.district}" (known: ${names.join(", ")})`);
      const receipt = await (await membership.connect(signer).addMember(args.account, district)).wait();
      console.log(`Admitted ${args.account} to ${names[district]} (tx ${receipt!.hash})`);
    }),
  );
