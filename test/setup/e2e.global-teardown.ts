import { stopProcesses } from '@coordination/testing';

export default async function e2eGlobalTeardown(): Promise<void> {
  await stopProcesses((globalThis as { __PLATFORM_PIDS__?: number[] }).__PLATFORM_PIDS__ ?? []);
}
