import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { withDatabaseName } from '@coordination/database';

export interface MachineInfo {
  os: string;
  kernel: string;
  cpu: string;
  memory: string;
  node: string;
  kafka: string;
  postgres: string;
}

export async function describeMachine(databaseUrl: string): Promise<MachineInfo> {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((cpu) => cpu.model.trim()))].join(', ') || 'unknown model';
  return {
    os: `${os.type()} ${os.arch()} (${osPrettyName() ?? os.platform()})`,
    kernel: `${os.release()} ${os.version()}`,
    cpu: `${cpus.length} × ${models}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    // The Kafka protocol does not carry the broker's release; scripts/bench.sh reads it from
    // infra/kafka/kafka-local.sh when the broker is the repository's local one.
    kafka: process.env.KAFKA_BROKER_VERSION || 'unknown (not the infra/kafka/kafka-local.sh broker)',
    postgres: await postgresVersion(databaseUrl),
  };
}

function osPrettyName(): string | null {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text)?.[1] ?? null;
  } catch {
    return null;
  }
}

async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new Client({
    connectionString: withDatabaseName(databaseUrl, 'postgres'),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
    const result = await client.query<{ version: string }>('SELECT version()');
    return result.rows[0].version;
  } catch (error) {
    return `unknown (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
