import { InvalidConfigurationError, loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('gives each service its own default port and database', () => {
    const config = loadServiceConfig('referrals', {});
    expect(config.port).toBe(4004);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/coord_referrals');
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
  });

  it('splits a broker list', () => {
    expect(loadServiceConfig('needs', { KAFKA_BROKERS: 'a:9092, b:9092' }).kafkaBrokers).toEqual(['a:9092', 'b:9092']);
  });

  it('stops the boot with the variable at fault', () => {
    expect(() => loadServiceConfig('needs', { PORT: 'eighty', DATABASE_URL: 'mysql://x/y' })).toThrow(
      InvalidConfigurationError,
    );
    try {
      loadServiceConfig('needs', { PORT: 'eighty', DATABASE_URL: 'mysql://x/y' });
    } catch (error) {
      expect((error as InvalidConfigurationError).issues.map((issue) => issue.variable).sort()).toEqual([
        'DATABASE_URL',
        'PORT',
      ]);
    }
  });
});
