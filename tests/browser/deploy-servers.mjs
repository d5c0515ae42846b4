// Starts Debian's nginx and Apache with the configurations shipped in deploy/, serving the
// release folder (target/release/problemes-imaginaires-<version>/dist, written by
// scripts/release.sh), for deploy.spec.ts and upgrade.spec.ts. Started by playwright.config.ts
// (webServer); ready when http://127.0.0.1:4180/ready answers. The configurations are the
// shipped files with only their marked addresses changed (port, document root, where the
// Apache rules are), each substitution checked, so that a change in deploy/ is what is tested.
//   4181  nginx  deploy/nginx/problemes-imaginaires.conf
//   4182  Apache deploy/apache/problemes-imaginaires.conf (vhost, rules Included)
//   4183  Apache deploy/apache/htaccess copied as .htaccess into the folder (AllowOverride FileInfo)
//   4184  examples/ as a host on another origin, under a strict policy, widget on 4181 (nginx),
//         its element loaded with the release's Subresource Integrity hash
//   4185  the same for the widget on 4182 (Apache)
//   4186  the upgrade server (serve-dist.mjs): target/deploy-test/upgrade/site is a symbolic link
//         to tests/fixtures/previous-release, which upgrade.spec.ts points at dist/
// If the release folder is missing, it runs `scripts/release.sh --reuse-dist` first.
// Usage: node tests/browser/deploy-servers.mjs
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEPLOY_PORTS, deployHostCsp, deployWidgetUrl, releaseDir, RELEASE_PATH, workDir } from "./deploy-paths.cjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const fail = (message) => {
  console.error(`deploy-servers: FAILED: ${message}`);
  process.exit(1);
};

const release = releaseDir(root);
if (!existsSync(join(release, "index.html"))) {
  console.error(`deploy-servers: no release folder at ${release}; running scripts/release.sh --reuse-dist`);
  const run = spawnSync(join(root, "scripts", "release.sh"), ["--reuse-dist"], { stdio: ["ignore", 2, 2] });
  if (run.status !== 0 || !existsSync(join(release, "index.html"))) fail("scripts/release.sh --reuse-dist did not write the release");
}

const work = workDir(root);
rmSync(work, { recursive: true, force: true });
for (const dir of ["www", "www-htaccess", "nginx", "apache", "upgrade"]) mkdirSync(join(work, dir), { recursive: true });
const folder = RELEASE_PATH.replaceAll("/", "");
symlinkSync(release, join(work, "www", folder));
cpSync(release, join(work, "www-htaccess", folder), { recursive: true });
cpSync(join(root, "deploy", "apache", "htaccess"), join(work, "www-htaccess", folder, ".htaccess"));
symlinkSync(join(root, "tests", "fixtures", "previous-release"), join(work, "upgrade", "site"));

/** `text` with each [from, to] replaced; every `from` must be there (the shipped file changed otherwise). */
function substitute(text, pairs, what) {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) fail(`${what} no longer contains ${JSON.stringify(from)}: update deploy-servers.mjs`);
    text = text.replaceAll(from, to);
  }
  return text;
}

const asRoot = process.getuid?.() === 0;

// nginx: the shipped server block inside a minimal nginx.conf, as /etc/nginx/nginx.conf includes conf.d/.
const nginxDir = join(work, "nginx");
writeFileSync(
  join(nginxDir, "problemes-imaginaires.conf"),
  substitute(
    readFileSync(join(root, "deploy", "nginx", "problemes-imaginaires.conf"), "utf8"),
    [
      ["listen 80;", `listen 127.0.0.1:${DEPLOY_PORTS.nginx};`],
      ["root /var/www/html;", `root ${join(work, "www")};`],
    ],
    "deploy/nginx/problemes-imaginaires.conf",
  ),
);
writeFileSync(
  join(nginxDir, "nginx.conf"),
  `${asRoot ? "user www-data;\n" : ""}worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  include ${nginxDir}/problemes-imaginaires.conf;
}
`,
);

// Apache: the shipped vhost (rules Included from deploy/apache/htaccess) and a second vhost whose
// folder holds the same rules as .htaccess, in a minimal httpd.conf with the modules they need.
const apacheDir = join(work, "apache");
const modules = ["mpm_event", "authz_core", "mime", "headers", "rewrite", "dir"];
writeFileSync(
  join(apacheDir, "vhost.conf"),
  substitute(
    readFileSync(join(root, "deploy", "apache", "problemes-imaginaires.conf"), "utf8"),
    [
      ["<VirtualHost *:80>", `<VirtualHost 127.0.0.1:${DEPLOY_PORTS.apache}>`],
      ['"/var/www/html"', `"${join(work, "www")}"`],
      ['"/var/www/html/autodiagnostic"', `"${join(work, "www", folder)}"`],
      ["/etc/apache2/problemes-imaginaires.htaccess", join(root, "deploy", "apache", "htaccess")],
    ],
    "deploy/apache/problemes-imaginaires.conf",
  ),
);
writeFileSync(
  join(apacheDir, "httpd.conf"),
  `ServerRoot "${apacheDir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${DEPLOY_PORTS.apache}
Listen 127.0.0.1:${DEPLOY_PORTS.apacheHtaccess}
PidFile "${apacheDir}/httpd.pid"
DefaultRuntimeDir "${apacheDir}"
Mutex file:${apacheDir} default
ErrorLog "${apacheDir}/error.log"
LogLevel warn
${modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join("\n")}
${asRoot ? "User www-data\nGroup www-data\n" : ""}TypesConfig /etc/mime.types
DirectoryIndex index.html
<Directory />
    AllowOverride None
    Require all denied
</Directory>
Include "${apacheDir}/vhost.conf"
<VirtualHost 127.0.0.1:${DEPLOY_PORTS.apacheHtaccess}>
    DocumentRoot "${join(work, "www-htaccess")}"
    <Directory "${join(work, "www-htaccess")}">
        Require all granted
        AllowOverride FileInfo
    </Directory>
</VirtualHost>
`,
);

/** Runs `command` to check a configuration; stops with its output when it refuses it. */
function check(command, args) {
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.status !== 0) fail(`${command} ${args.join(" ")}:\n${run.stdout}${run.stderr}`);
}
const nginxArgs = ["-p", nginxDir, "-c", join(nginxDir, "nginx.conf"), "-e", join(nginxDir, "error.log")];
check("nginx", [...nginxArgs, "-t", "-q"]);
const apacheArgs = ["-d", apacheDir, "-f", join(apacheDir, "httpd.conf")];
check("apache2", [...apacheArgs, "-t"]);

const sri = readFileSync(join(dirname(release), "dist-embed-js.sri.txt"), "utf8").trim();
const children = [
  spawn("nginx", [...nginxArgs, "-g", "daemon off;"], { stdio: "inherit" }),
  spawn("apache2", [...apacheArgs, "-DFOREGROUND"], { stdio: "inherit" }),
  ...[
    [DEPLOY_PORTS.nginxHost, deployWidgetUrl("nginx")],
    [DEPLOY_PORTS.apacheHost, deployWidgetUrl("apache")],
  ].map(([port, widget]) =>
    spawn(
      "node",
      [join(root, "examples", "serve.mjs"), "--port", String(port), "--host", "127.0.0.1",
        "--widget", widget, "--csp", deployHostCsp(new URL(widget).origin), "--integrity", sri],
      { stdio: "inherit" },
    ),
  ),
  spawn(
    "node",
    [join(here, "serve-dist.mjs"), "--port", String(DEPLOY_PORTS.upgrade), "--host", "127.0.0.1",
      "--dist", join(work, "upgrade", "site")],
    { stdio: "inherit" },
  ),
];
let stopping = false;
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
for (const child of children) {
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`deploy-servers: ${child.spawnargs.slice(0, 2).join(" ")} exited (${code ?? signal})`);
      stop();
      process.exit(1);
    }
  });
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    stop();
    process.exit(0);
  });
}
process.on("exit", stop);

// Ready once every server answers (polled, as Playwright polls a webServer's url).
const urls = [
  deployWidgetUrl("nginx"),
  deployWidgetUrl("apache"),
  deployWidgetUrl("apacheHtaccess"),
  `http://127.0.0.1:${DEPLOY_PORTS.nginxHost}/element.html`,
  `http://127.0.0.1:${DEPLOY_PORTS.apacheHost}/element.html`,
  `http://127.0.0.1:${DEPLOY_PORTS.upgrade}/outils/autodiagnostic/`,
];
const answers = async (url) => (await fetch(url).catch(() => null))?.ok === true;
let ready = false;
(async () => {
  while (!(await Promise.all(urls.map(answers))).every(Boolean)) await new Promise((done) => setTimeout(done, 200));
  ready = true;
  console.log(`deploy-servers: ready (${urls.join(", ")})`);
})();
createServer((req, res) => {
  res.writeHead(ready && req.url === "/ready" ? 200 : 503, { "Content-Type": "text/plain" });
  res.end(ready ? "ready\n" : "starting\n");
}).listen(DEPLOY_PORTS.ready, "127.0.0.1");
