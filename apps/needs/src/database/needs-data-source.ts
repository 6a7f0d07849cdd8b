import { buildDataSourceOptions } from '@coordination/database';
import { CreateMessagingTables1764000000000, MESSAGING_ENTITIES } from '@coordination/messaging';

export function needsDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({
      url,
      applicationName: 'needs',
      entities: [...MESSAGING_ENTITIES],
      migrations: [CreateMessagingTables1764000000000],
    }),
    url,
  };
}
