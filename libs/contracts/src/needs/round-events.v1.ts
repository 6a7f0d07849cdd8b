import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import {
  needsPlaceFields,
  peopleCountSchema,
  populationGroupCodeSchema,
  roundFields,
  sectorCodeSchema,
  sexAgeCellsSchema,
  timestampSchema,
} from './needs-schemas';

// Every event of a round is keyed by the round id, so a round's figures and its closing event stay in order.

export const PeopleInNeedPublishedV1 = defineEvent({
  type: 'org.coordination.needs.pin.published.v1',
  topic: TopicNames.needsPin,
  aggregate: 'round',
  version: 1,
  description:
    'People in need of one sector x place x population group in a published round, with the sex and age cells ' +
    '(they add up to peopleInNeed). One per cell; the round.published event follows them.',
  schema: z.object({
    ...roundFields,
    cellId: z.uuid(),
    sector: sectorCodeSchema,
    ...needsPlaceFields,
    populationGroup: populationGroupCodeSchema,
    peopleInNeed: peopleCountSchema,
    cells: sexAgeCellsSchema,
    affectedPopulation: peopleCountSchema.nullable(),
    baselinePopulation: peopleCountSchema.nullable(),
    publishedAt: timestampSchema,
  }),
});

export const SeverityPublishedV1 = defineEvent({
  type: 'org.coordination.needs.severity.published.v1',
  topic: TopicNames.needsPin,
  aggregate: 'round',
  version: 1,
  description: 'The severity phase (1 minimal to 5 catastrophic) of one place x population group in a published round.',
  schema: z.object({
    ...roundFields,
    ...needsPlaceFields,
    populationGroup: populationGroupCodeSchema,
    phase: z.number().int().min(1).max(5),
    publishedAt: timestampSchema,
  }),
});

export const NeedsRoundPublishedV1 = defineEvent({
  type: 'org.coordination.needs.round.published.v1',
  topic: TopicNames.needsPin,
  aggregate: 'round',
  version: 1,
  description:
    'A needs-analysis round was published after its people-in-need and severity events: its counts tell a ' +
    'consumer it has them all. Rounds of an analysis replace each other; they are never summed.',
  schema: z.object({
    ...roundFields,
    title: z.string().min(1).max(300),
    /** The round of the same analysis this one replaces; null for the first round. */
    supersedesRoundId: z.uuid().nullable(),
    assessmentId: z.uuid().nullable(),
    source: z.string().min(1).max(1000),
    methodology: z.string().max(4000).nullable(),
    peopleInNeedCellCount: z.number().int().nonnegative(),
    severityCount: z.number().int().nonnegative(),
    /** People in need per sector in the whole round (every place and population group). */
    sectorTotals: z.array(z.object({ sector: sectorCodeSchema, peopleInNeed: peopleCountSchema })).max(30),
    publishedAt: timestampSchema,
  }),
});

export const NeedsRoundSupersededV1 = defineEvent({
  type: 'org.coordination.needs.round.superseded.v1',
  topic: TopicNames.needsPin,
  aggregate: 'round',
  version: 1,
  description:
    'A round (and so the assessment behind it) was superseded by a newer round of the same analysis; its ' +
    'figures stay queryable for dates before the newer round came into force.',
  schema: z.object({
    ...roundFields,
    assessmentId: z.uuid().nullable(),
    supersededByRoundId: z.uuid(),
    /** The newer round's first day in force: the last day of this one is the day before. */
    supersededFrom: z.iso.date(),
    supersededAt: timestampSchema,
  }),
});
