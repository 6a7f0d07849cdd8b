import { resolve } from 'node:path';
import { ensureDevKeyPair } from '../dev-token-issuer';

/** `node ensure-dev-keys.js <dir>`: creates the development issuer's key pair once and prints its paths. */
const files = ensureDevKeyPair(resolve(process.argv[2] ?? '.cache/auth'));
process.stdout.write(`AUTH_PRIVATE_KEY_FILE=${files.privateKeyFile}\nAUTH_PUBLIC_KEY_FILE=${files.publicKeyFile}\n`);
