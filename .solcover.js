// Coverage of the fund's own contracts: test doubles, the benchmark's stock reference and
// the demo token are not part of a fund.
module.exports = {
  skipFiles: ["mocks/", "bench/", "demo/"],
  configureYulOptimizer: true,
};
