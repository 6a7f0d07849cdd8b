import { CreateNeedsRounds1765000000300 } from './migrations/1765000000300-create-needs-rounds';
import { NeedsRoundEntity } from './needs-round.entity';
import { PeopleInNeedCellEntity } from './people-in-need-cell.entity';
import { SeverityFigureEntity } from './severity-figure.entity';

/** Tables of needs rounds and their figures, registered by the needs data source (after assessments). */
export const ROUNDS_PERSISTENCE = {
  entities: [NeedsRoundEntity, PeopleInNeedCellEntity, SeverityFigureEntity],
  migrations: [CreateNeedsRounds1765000000300],
};
