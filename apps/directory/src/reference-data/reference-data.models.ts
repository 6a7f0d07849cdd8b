import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LocalizedText', { description: 'A label in the platform’s two publishing languages.' })
export class LocalizedTextModel {
  @Field()
  es: string;

  @Field()
  en: string;
}

@ObjectType('AdminUnit', { description: 'A department, province or district of Peru.' })
export class AdminUnitModel {
  @Field({ description: 'PE + INEI UBIGEO pairs: PE15, PE1501, PE150101.' })
  pcode: string;

  @Field({ description: 'department, province or district' })
  level: string;

  @Field()
  name: string;

  @Field({ description: 'The name without accents.' })
  nameAscii: string;

  @Field()
  ineiCode: string;

  @Field(() => String, { nullable: true })
  reniecCode: string | null;

  @Field(() => String, { nullable: true })
  parentPcode: string | null;

  @Field()
  departmentPcode: string;

  @Field()
  validFrom: string;

  @Field(() => String, { nullable: true })
  validTo: string | null;
}

@ObjectType('PlaceResolution')
export class PlaceResolutionModel {
  @Field({ description: 'found, ambiguous, not_found or invalid' })
  status: string;

  @Field(() => AdminUnitModel, { nullable: true })
  unit: AdminUnitModel | null;

  @Field(() => [AdminUnitModel], { description: 'Candidates when ambiguous, suggestions when not found.' })
  candidates: AdminUnitModel[];

  @Field(() => String, { nullable: true, description: 'Which rule matched: pcode, inei_code, reniec_code or name.' })
  rule: string | null;

  @Field(() => String, { nullable: true, description: 'GEO.* error code when not found, ambiguous or invalid.' })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType('PlaceGrouping', { description: 'A named grouping such as "Lima y Callao"; not a department.' })
export class PlaceGroupingModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [String])
  memberPcodes: string[];
}

@ObjectType('SubSector')
export class SubSectorModel {
  @Field()
  code: string;

  @Field(() => LocalizedTextModel)
  names: LocalizedTextModel;
}

@ObjectType('Sector')
export class SectorModel {
  @Field()
  code: string;

  @Field(() => LocalizedTextModel)
  names: LocalizedTextModel;

  @Field({ description: 'Multipurpose cash: counted apart from intersectoral people in need.' })
  crossSector: boolean;

  @Field(() => [SubSectorModel])
  subSectors: SubSectorModel[];
}

@ObjectType('TaxonomyTerm', { description: 'A code of a reference list with its labels.' })
export class TaxonomyTermModel {
  @Field()
  code: string;

  @Field(() => LocalizedTextModel)
  labels: LocalizedTextModel;
}

@ObjectType('ReferralPriorityTerm')
export class ReferralPriorityModel extends TaxonomyTermModel {
  @Field(() => Int, { description: 'Hours allowed until the first response.' })
  firstResponseHours: number;
}
