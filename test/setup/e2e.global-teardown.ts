import { existsSync, readFileSync, rmSync } from 'node:fs';
import { stopProcesses } from '@coordination/testing';
import { E2E_PID_FILE } from './e2e-stack-settings';

export default async function e2eGlobalTeardown(): Promise<void> {
  if (!existsSync(E2E_PID_FILE)) return;
  await stopProcesses(JSON.parse(readFileSync(E2E_PID_FILE, 'utf8')) as number[]);
  rmSync(E2E_PID_FILE, { force: true });
}
