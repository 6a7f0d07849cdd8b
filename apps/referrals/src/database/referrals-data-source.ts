import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';

export function referralsDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'referrals',
      entities: [...MESSAGING_ENTITIES],
      migrations: [CreateMessagingTables1764000000000],
    }),
    url,
  };
}
