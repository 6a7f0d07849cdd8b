#!/usr/bin/env bash
# check-compose.sh [file] - validates docker-compose.yml (default: the repo's) without a container engine.
#
# 1. If the Docker Compose plugin is installed, `docker compose config -q` checks the file against the
#    Compose specification (this needs no daemon). If compose is installed and rejects the file, that is
#    a failure. If compose is missing (or cannot run at all), this step is skipped with a note.
# 2. Always: the file is parsed as YAML with Node (`yaml` from node_modules) and checked for what this
#    project needs: every app service, built from infra/docker/Dockerfile with its APP build arg, its env
#    vars, a /health/ready healthcheck and healthy/completed dependencies; postgres with the init SQL,
#    kafka 4.1.1 in KRaft combined mode without topic auto-creation, and the one-shot migrate service.
# Exit status 0 = valid; 1 = every problem found is listed on stderr.
set -euo pipefail
# shellcheck source=SCRIPTDIR/node-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"
FILE="${1:-docker-compose.yml}"
[ -f "$FILE" ] || { echo "check-compose: $FILE not found" >&2; exit 1; }

if docker compose version >/dev/null 2>&1; then
  if out="$(docker compose -f "$FILE" config -q 2>&1)"; then
    echo "check-compose: docker compose config -q: OK ($(docker compose version --short 2>/dev/null || echo '?'))"
  elif grep -qiE 'cannot connect to the docker daemon|daemon running' <<<"$out"; then
    echo "check-compose: docker compose config needs a daemon here, skipped: $out" >&2
  else
    echo "check-compose: docker compose config rejected $FILE:" >&2
    echo "$out" >&2
    exit 1
  fi
else
  echo "check-compose: 'docker compose' is not available; structural check with node only"
fi

read -r -d '' CHECK <<'JS' || true
const fs = require('node:fs');
const path = require('node:path');
const YAML = require(path.join(process.cwd(), 'node_modules', 'yaml'));
const file = process.argv[1];
const errors = [];
const fail = (msg) => errors.push(msg);

let doc;
try {
  // merge: true resolves `<<:` merge keys the way Compose does; duplicate keys are an error.
  doc = YAML.parse(fs.readFileSync(file, 'utf8'), { merge: true, maxAliasCount: 1000 });
} catch (e) {
  console.error(`check-compose: ${file} is not valid YAML: ${e.message}`);
  process.exit(1);
}
const services = (doc && doc.services) || {};
if (!doc || typeof services !== 'object' || Array.isArray(services)) {
  console.error(`check-compose: ${file} has no services mapping`);
  process.exit(1);
}

// environment / build.args may be a mapping or a list of KEY=VALUE strings
const asMap = (value) => {
  if (!value) return {};
  if (Array.isArray(value)) {
    return Object.fromEntries(value.map((item) => { const i = String(item).indexOf('='); return i < 0 ? [item, undefined] : [item.slice(0, i), item.slice(i + 1)]; }));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v == null ? v : String(v)]));
};
// depends_on may be a list (= service_started) or a mapping with conditions
const dependsOn = (svc) => {
  const d = svc.depends_on;
  if (!d) return {};
  if (Array.isArray(d)) return Object.fromEntries(d.map((n) => [n, 'service_started']));
  return Object.fromEntries(Object.entries(d).map(([n, v]) => [n, (v && v.condition) || 'service_started']));
};
const healthTest = (svc) => {
  const t = svc.healthcheck && svc.healthcheck.test;
  if (!t || (svc.healthcheck && svc.healthcheck.disable)) return '';
  return Array.isArray(t) ? t.join(' ') : String(t);
};
const publishes = (svc, hostPort) =>
  (svc.ports || []).some((p) => (typeof p === 'object' ? String(p.published) === String(hostPort) : new RegExp(`(^|:)${hostPort}:`).test(String(p))));

const DOCKERFILE = 'infra/docker/Dockerfile';
const APPS = { gateway: 4000, directory: 4001, activities: 4002, needs: 4003, referrals: 4004, reporting: 4005 };
const DOMAIN = Object.keys(APPS).filter((a) => a !== 'gateway');

const checkBuild = (name, app) => {
  const svc = services[name];
  const b = svc.build;
  if (!b || typeof b !== 'object') return fail(`${name}: needs a build mapping (context + dockerfile ${DOCKERFILE} + args.APP)`);
  const ctx = path.resolve(path.dirname(file), b.context || '.');
  if (path.resolve(ctx, b.dockerfile || 'Dockerfile') !== path.resolve(process.cwd(), DOCKERFILE)) {
    fail(`${name}: build.dockerfile must be ${DOCKERFILE} relative to the repo root (got context=${b.context} dockerfile=${b.dockerfile})`);
  }
  const args = asMap(b.args);
  if (app && args.APP !== app) fail(`${name}: build.args.APP must be "${app}" (got ${JSON.stringify(args.APP)})`);
  if (!app && !(args.APP in APPS)) fail(`${name}: build.args.APP must name an app (got ${JSON.stringify(args.APP)})`);
};
const needCondition = (name, dep, condition) => {
  const deps = dependsOn(services[name]);
  if (deps[dep] !== condition) fail(`${name}: depends_on.${dep} must have condition ${condition} (got ${deps[dep] || 'none'})`);
};

// --- apps
for (const [app, port] of Object.entries(APPS)) {
  const svc = services[app];
  if (!svc) { fail(`service "${app}" is missing`); continue; }
  checkBuild(app, app);
  const env = asMap(svc.environment);
  if (env.PORT !== String(port)) fail(`${app}: environment.PORT must be ${port} (got ${JSON.stringify(env.PORT)})`);
  if (env.KAFKA_BROKERS !== 'kafka:9092') fail(`${app}: environment.KAFKA_BROKERS must be kafka:9092 (got ${JSON.stringify(env.KAFKA_BROKERS)})`);
  if (env.HOST !== '0.0.0.0') fail(`${app}: environment.HOST must be 0.0.0.0 (the apps bind 127.0.0.1 by default, unreachable from other containers)`);
  if (!healthTest(svc).includes('/health/ready')) fail(`${app}: healthcheck.test must hit /health/ready`);
  if (!publishes(svc, port)) fail(`${app}: must publish port ${port}`);
  needCondition(app, 'kafka', 'service_healthy');
  if (app === 'gateway') {
    if ('DATABASE_URL' in env) fail('gateway: has no database, drop DATABASE_URL');
    const urls = Object.fromEntries(String(env.SUBGRAPH_URLS || '').split(',').filter(Boolean).map((e) => e.split('=').map((s) => s.trim())));
    for (const d of DOMAIN) {
      const want = `http://${d}:${APPS[d]}/graphql`;
      if (urls[d] !== want) fail(`gateway: SUBGRAPH_URLS must map ${d}=${want} (got ${JSON.stringify(urls[d])})`);
      needCondition('gateway', d, 'service_healthy');
    }
  } else {
    const want = `postgres://postgres:postgres@postgres:5432/coord_${app}`;
    if (env.DATABASE_URL !== want) fail(`${app}: environment.DATABASE_URL must be ${want} (got ${JSON.stringify(env.DATABASE_URL)})`);
    needCondition(app, 'postgres', 'service_healthy');
    needCondition(app, 'migrate', 'service_completed_successfully');
  }
}

// --- postgres
const pg = services.postgres;
if (!pg) fail('service "postgres" is missing');
else {
  if (!/^postgres:16([.-]|$)/.test(String(pg.image))) fail(`postgres: image must be postgres:16 (got ${pg.image})`);
  const initMount = (pg.volumes || []).map(String).find((v) => v.includes(':/docker-entrypoint-initdb.d'));
  if (!initMount) fail('postgres: mount ./infra/docker/postgres-init at /docker-entrypoint-initdb.d');
  const sqlFile = 'infra/docker/postgres-init/01-databases.sql';
  const sql = fs.existsSync(sqlFile) ? fs.readFileSync(sqlFile, 'utf8') : '';
  if (!sql) fail(`${sqlFile} is missing`);
  for (const d of DOMAIN) if (!new RegExp(`CREATE DATABASE\\s+"?coord_${d}"?\\s*;`, 'i').test(sql)) fail(`${sqlFile}: does not create coord_${d}`);
  if (!healthTest(pg)) fail('postgres: needs a healthcheck');
}

// --- kafka
const kafka = services.kafka;
if (!kafka) fail('service "kafka" is missing');
else {
  if (String(kafka.image) !== 'apache/kafka:4.1.1') fail(`kafka: image must be apache/kafka:4.1.1 (got ${kafka.image})`);
  const env = asMap(kafka.environment);
  const roles = String(env.KAFKA_PROCESS_ROLES || '').split(',').map((s) => s.trim()).sort().join(',');
  if (roles !== 'broker,controller') fail('kafka: KAFKA_PROCESS_ROLES must be broker,controller (KRaft combined mode)');
  if (!env.CLUSTER_ID) fail('kafka: CLUSTER_ID is required by the apache/kafka image in KRaft mode');
  if (String(env.KAFKA_AUTO_CREATE_TOPICS_ENABLE) !== 'false') fail('kafka: KAFKA_AUTO_CREATE_TOPICS_ENABLE must be "false"');
  const adv = String(env.KAFKA_ADVERTISED_LISTENERS || '');
  if (!/:\/\/kafka:9092(,|$)/.test(adv)) fail('kafka: KAFKA_ADVERTISED_LISTENERS needs a listener advertised as kafka:9092 (compose network)');
  if (!/:\/\/127\.0\.0\.1:9092(,|$)/.test(adv)) fail('kafka: KAFKA_ADVERTISED_LISTENERS needs a second listener advertised as 127.0.0.1:9092 (host)');
  if (!(kafka.ports || []).some((p) => String(p).startsWith('127.0.0.1:9092:'))) fail('kafka: publish the host listener as "127.0.0.1:9092:<container port>"');
  if (!healthTest(kafka)) fail('kafka: needs a healthcheck');
}

// --- migrate
const migrate = services.migrate;
if (!migrate) fail('service "migrate" is missing');
else {
  checkBuild('migrate');
  const cmd = Array.isArray(migrate.command) ? migrate.command.join(' ') : String(migrate.command || '');
  for (const service of ['directory', 'activities', 'needs', 'referrals', 'reporting']) {
    if (!cmd.includes('dist/apps/$$service/src/migrate.js') || !cmd.includes(service)) {
      fail(`migrate: command must run each service's migrations (dist/apps/<service>/src/migrate.js), ${service} included`);
    }
  }
  needCondition('migrate', 'postgres', 'service_healthy');
  if (migrate.restart && !['no', 'on-failure'].includes(String(migrate.restart).split(':')[0])) fail('migrate: a one-shot service must not restart (restart: "no")');
}

// --- every dependency points at a service; one-shot conditions only on services that exit
for (const [name, svc] of Object.entries(services)) {
  for (const [dep, cond] of Object.entries(dependsOn(svc))) {
    if (!services[dep]) fail(`${name}: depends_on unknown service "${dep}"`);
    else if (cond === 'service_healthy' && !healthTest(services[dep])) fail(`${name}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
  }
}

// --- the Dockerfile the apps are built from
const df = fs.existsSync(DOCKERFILE) ? fs.readFileSync(DOCKERFILE, 'utf8') : '';
if (!df) fail(`${DOCKERFILE} is missing`);
else {
  if (!/^FROM\s+(\$\{NODE_IMAGE\}|node:22-bookworm-slim)(\s|$)/m.test(df) || !df.includes('node:22-bookworm-slim')) fail(`${DOCKERFILE}: must build on node:22-bookworm-slim`);
  if (!/^ARG\s+APP\b/m.test(df)) fail(`${DOCKERFILE}: must declare ARG APP`);
  if (!/^USER\s+node\b/m.test(df)) fail(`${DOCKERFILE}: must run as USER node`);
  if (!df.includes('dist/apps/$APP/src/main.js')) fail(`${DOCKERFILE}: CMD must start dist/apps/$APP/src/main.js`);
}

if (errors.length) {
  console.error(`check-compose: ${file}: ${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`check-compose: ${file}: structure OK (${Object.keys(services).length} services: ${Object.keys(services).join(', ')})`);
JS

node -e "$CHECK" "$FILE"
