/** The test chain's accounts (Hardhat's public test mnemonic) by what each is for. */
import { mnemonicToAccount } from "viem/accounts";

export const MNEMONIC = "test test test test test test test test test test test junk";

const account = (index: number) => mnemonicToAccount(MNEMONIC, { addressIndex: index });

export const ACCOUNTS = {
  deployer: account(0),
  registrar: account(1),
  /** The payee registry's verifier. */
  verifier: account(2),
  guardian: account(3),
  /** The content service's anchor signer. */
  anchorer: account(4),
  /** Members, who propose (12 of them, three per district). */
  members: Array.from({ length: 12 }, (_, i) => account(5 + i)),
  moderator: account(17),
  erasureOfficer: account(18),
  /** Residents who write texts. */
  residents: Array.from({ length: 6 }, (_, i) => account(19 + i)),
  /** The owner key of the test smart accounts. */
  accountOwner: account(25),
};
