// The stewards' command line: every task works on any network that has a deployments file.
import "./deploy";
import "./members";
import "./fund";
import "./grant";
import "./vote";
import "./lifecycle";
import "./status";
import "./demo";
import "./audit";
import "./rounds";
import "./stewards";
