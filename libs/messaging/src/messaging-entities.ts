import { InboxMessageEntity } from './inbox-message.entity';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Both messaging tables, so each service registers them with TypeORM in one line. */
export const MESSAGING_ENTITIES = [OutboxMessageEntity, InboxMessageEntity];
