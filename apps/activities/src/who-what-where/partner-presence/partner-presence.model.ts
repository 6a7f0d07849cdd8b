import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { PlaceLevel } from '@coordination/contracts';
import { ConnectionType } from '@coordination/graphql';
import { z } from 'zod';
import { reportFieldSchemas as fields } from '../../reports/writing/report-content.input';
import { PlaceLevelEnum } from '../../shared/activity-enums';

@InputType({ description: 'Every criterion given must match.' })
export class PartnerPresenceFilterInput {
  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: 'A P-code of any level: places at it or inside it.' })
  pcode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, inclusive.' })
  monthFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, inclusive.' })
  monthTo?: string | null;
}

export const partnerPresenceFilterSchema = z.object({
  sector: fields.sector.nullish(),
  pcode: fields.pcode.nullish(),
  monthFrom: fields.month.nullish(),
  monthTo: fields.month.nullish(),
});

export type PartnerPresenceCriteria = z.infer<typeof partnerPresenceFilterSchema>;

@ObjectType('PresentOrganisation')
export class PresentOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field({ description: 'Carried activities out there.' })
  implementing: boolean;

  @Field({ description: 'Reported activities there (its own or a partner’s it funds or coordinates).' })
  reporting: boolean;
}

@ObjectType('PartnerPresence', { description: 'Who works where in which sector (3W), from submitted reports.' })
export class PartnerPresenceModel {
  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  placeName: string | null;

  @Field(() => PlaceLevelEnum)
  placeLevel: PlaceLevel;

  @Field()
  sector: string;

  @Field(() => [PresentOrganisationModel])
  organisations: PresentOrganisationModel[];
}

export const PartnerPresenceConnection = ConnectionType(PartnerPresenceModel, 'PartnerPresenceConnection');
