import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = resolve(__dirname, '../../..').replace(/[/\\]dist$/, '');
const KAFKA_SCRIPT = join(REPO_ROOT, 'infra', 'kafka', 'kafka-local.sh');

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A broker of its own for a test that must stop or kill Kafka: the run's shared broker stays up
 * for every other test file. Same script and jars as the shared one, separate ports and state.
 */
export class DedicatedKafkaBroker {
  private constructor(
    readonly brokers: string[],
    private readonly environment: NodeJS.ProcessEnv,
    private readonly stateDir: string,
  ) {}

  static async create(name: string): Promise<DedicatedKafkaBroker> {
    const [port, controllerPort] = [await freePort(), await freePort()];
    const stateDir = join(REPO_ROOT, '.cache', `kafka-${name}-${process.pid}`);
    const environment = {
      ...process.env,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_STATE_DIR: stateDir,
    };
    return new DedicatedKafkaBroker([`127.0.0.1:${port}`], environment, stateDir);
  }

  start(): Promise<void> {
    return this.script('start');
  }

  /** SIGKILL: the broker gets no chance to shut down cleanly, as in a crash. */
  kill(): Promise<void> {
    return this.script('kill');
  }

  stop(): Promise<void> {
    return this.script('stop');
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.stateDir, { recursive: true, force: true });
  }

  private async script(command: string): Promise<void> {
    await run('bash', [KAFKA_SCRIPT, command], { env: this.environment, timeout: 180_000 });
  }
}
