// Ports, addresses and folders of the nginx and Apache tests: deploy-servers.mjs starts the
// servers, deploy.spec.ts and upgrade.spec.ts use them. Ports 4180-4186, apart from the browser
// suite's 4173-4177. CommonJS, so that both the Node launcher (ESM) and the specs can load it.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

exports.DEPLOY_PORTS = {
  ready: 4180,
  nginx: 4181,
  apache: 4182,
  apacheHtaccess: 4183,
  nginxHost: 4184,
  apacheHost: 4185,
  upgrade: 4186,
};

/** The widget's address in the shipped configurations (location /autodiagnostic/). */
exports.RELEASE_PATH = "/autodiagnostic/";

/** The widget's URL on one of the deploy servers (a key of DEPLOY_PORTS). */
exports.deployWidgetUrl = (server) => `http://127.0.0.1:${exports.DEPLOY_PORTS[server]}${exports.RELEASE_PATH}`;

/** The release version: [workspace.package] version in Cargo.toml, as scripts/release.sh reads it. */
exports.releaseVersion = (root) => {
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
  const section = cargo.split(/^\[workspace\.package\]$/m)[1] ?? "";
  const version = section.split(/^\[/m)[0].match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error("no [workspace.package] version in Cargo.toml");
  return version;
};

/** The release folder's dist/, written by scripts/release.sh. */
exports.releaseDir = (root) =>
  join(root, "target", "release", `problemes-imaginaires-${exports.releaseVersion(root)}`, "dist");

/** Where deploy-servers.mjs writes the generated configurations and document roots. */
exports.workDir = (root) => join(root, "target", "deploy-test");

/** A strict policy for a host page that embeds the widget served from `widget` (an origin). */
exports.deployHostCsp = (widget) =>
  `default-src 'none'; script-src 'self' ${widget} 'wasm-unsafe-eval'; style-src 'self' ${widget}; ` +
  `img-src 'self' data:; connect-src ${widget}; frame-src ${widget}; base-uri 'none'; form-action 'none'`;
