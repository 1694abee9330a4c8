// The stewards' command line: every task works on any network that has a deployments file.
// Loaded first: how every task below fails (one sentence, exit code 1).
import "./failure";
import "./deploy";
import "./membership";
import "./treasury";
import "./governance";
import "./status";
import "./demo";
import "./audit";
import "./rounds";
import "./stewards/pools";
import "./stewards/payees";
import "./stewards/milestones";
