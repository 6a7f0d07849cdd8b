// CLI run from the repository root.
//   write-asyncapi            regenerates docs/events/asyncapi.yaml
//   write-asyncapi --check    exits 1 if the committed file is out of date (for CI)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ASYNCAPI_FILE_PATH } from './asyncapi-file';
import { buildAsyncApiDocument } from './build-asyncapi-document';
import { renderAsyncApiYaml } from './render-asyncapi-yaml';

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function main(args: readonly string[]): number {
  const target = resolve(process.cwd(), ASYNCAPI_FILE_PATH);
  const expected = renderAsyncApiYaml(buildAsyncApiDocument());

  if (args.includes('--check')) {
    const current = readIfPresent(target);
    if (current === expected) {
      process.stdout.write(`${ASYNCAPI_FILE_PATH} is up to date.\n`);
      return 0;
    }
    const problem = current === undefined ? 'is missing' : 'is out of date with libs/contracts';
    process.stderr.write(
      `${ASYNCAPI_FILE_PATH} ${problem}. Regenerate it (npm run build && npm run asyncapi) and commit it.\n`,
    );
    return 1;
  }

  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, expected, 'utf8');
  process.stdout.write(`Wrote ${ASYNCAPI_FILE_PATH}.\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
