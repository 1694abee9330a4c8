import "@nomicfoundation/hardhat-toolbox";
import { subtask, type HardhatUserConfig } from "hardhat/config";
import { TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD } from "hardhat/builtin-tasks/task-names";
import "./tasks";

// The compiler comes from the `solc` npm package (solcjs): this machine cannot download
// Hardhat's native builds. Keep this equal to the `solc` pin in package.json.
const SOLC_VERSION = "0.8.28";

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args: { solcVersion: string }, _hre, runSuper) => {
  if (args.solcVersion !== SOLC_VERSION) return runSuper(args);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const solc = require("solc") as { version(): string };
  return {
    compilerPath: require.resolve("solc/soljson.js"),
    isSolcJs: true,
    version: args.solcVersion,
    longVersion: solc.version().replace(/\.Emscripten\.clang$/, ""),
  };
});

// A real network is chosen by environment, never by editing this file:
//   RPC_URL=https://… DEPLOYER_KEY=0x… npx hardhat deploy --network remote --config config/x.json
const remote = process.env.RPC_URL
  ? {
      remote: {
        url: process.env.RPC_URL,
        accounts: process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [],
        ...(process.env.CHAIN_ID ? { chainId: Number(process.env.CHAIN_ID) } : {}),
      },
    }
  : {};

const config: HardhatUserConfig = {
  solidity: {
    version: SOLC_VERSION,
    settings: {
      // OpenZeppelin 5.7 uses mcopy (Cancun). 200 runs keeps the governor well under
      // the 24,576-byte limit (see bench/sizes).
      evmVersion: "cancun",
      optimizer: { enabled: true, runs: 200 },
    },
  },
  networks: {
    hardhat: {
      // The demo needs more accounts than the default 20: members in four districts,
      // registrars, a guardian and grant recipients. The mnemonic is Hardhat's public test one.
      accounts: { count: 30 },
      // bench/sponsored.ts measures passkey accounts with and without the P-256 precompile
      // (EIP-7951 at 0x100, from Osaka, Hardhat's default): PULJE_HARDFORK=prague leaves it out.
      ...(process.env.PULJE_HARDFORK ? { hardfork: process.env.PULJE_HARDFORK } : {}),
      // `npm start` backdates the demo chain so its seeded history ends at today's date.
      ...(process.env.PULJE_CHAIN_START ? { initialDate: process.env.PULJE_CHAIN_START } : {}),
    },
    // The local node; tests run their own on other ports (LOCAL_RPC_URL).
    localhost: { url: process.env.LOCAL_RPC_URL ?? "http://127.0.0.1:8545" },
    ...remote,
  },
  typechain: { outDir: "typechain-types", target: "ethers-v6" },
  gasReporter: { enabled: process.env.REPORT_GAS === "true", offline: true },
  // `npm run test:contracts` runs the files in parallel (--parallel): one worker per core, each
  // with a Hardhat network of its own. The files share nothing but the compiled artifacts.
  mocha: { timeout: 120_000, jobs: 2 },
};

export default config;
