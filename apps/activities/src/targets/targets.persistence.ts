import { ActivityTargetEntity } from './activity-target.entity';
import { CreateActivityTarget1764000500005 } from './migrations/1764000500005-create-activity-target';

/** Tables of the targets module, registered by the activities data source. */
export const TARGETS_PERSISTENCE = {
  entities: [ActivityTargetEntity],
  migrations: [CreateActivityTarget1764000500005],
};
