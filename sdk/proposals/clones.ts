import { concat, getContractAddress, type Address, type Hex } from "viem";

/**
 * Where OpenZeppelin's `Clones.cloneDeterministic(implementation, salt)` called by `factory` puts
 * its clone: the EIP-1167 minimal proxy's creation code, CREATE2 by the factory. The round and
 * pool factories' `predictRound` / `predictPool` answer the same (a test checks it), so a proposal
 * can pay a clone before it exists without asking the chain.
 */
export function predictClone(factory: Address, implementation: Address, salt: Hex): Address {
  const bytecode = concat([
    "0x3d602d80600a3d3981f3363d3d373d3d3d363d73",
    implementation,
    "0x5af43d82803e903d91602b57fd5bf3",
  ]);
  return getContractAddress({ opcode: "CREATE2", from: factory, salt, bytecode });
}
