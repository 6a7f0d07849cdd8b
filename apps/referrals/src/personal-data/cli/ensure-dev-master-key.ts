import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `node ensure-dev-master-key.js <dir>`: the development master key of the referrals vault, made
 * once and kept (git-ignored, or in the compose key volume) so that cases sealed by one start open
 * in the next; prints the setting to export. Production keys come from the deployment's secret
 * store, never from here.
 */
const directory = resolve(process.argv[2] ?? '.cache/referrals');
const file = join(directory, 'referrals-master-keys');
if (!existsSync(file)) {
  mkdirSync(directory, { recursive: true });
  writeFileSync(file, `dev-1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}
process.stdout.write(`REFERRALS_MASTER_KEYS_FILE=${file}\n`);
