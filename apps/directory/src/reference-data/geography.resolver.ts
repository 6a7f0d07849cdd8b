import { Args, Query, Resolver } from '@nestjs/graphql';
import { ADMIN_LEVELS, loadGazetteer, type AdminLevel, type AdminUnit, type Coding } from '@coordination/geo';
import { invalidInput } from '@coordination/graphql';
import { AdminUnitModel, PlaceGroupingModel, PlaceResolutionModel } from './reference-data.models';

function toModel(unit: AdminUnit): AdminUnitModel {
  const { pcode, level, name, nameAscii, ineiCode, reniecCode, parentPcode, departmentPcode, validFrom, validTo } =
    unit;
  return { pcode, level, name, nameAscii, ineiCode, reniecCode, parentPcode, departmentPcode, validFrom, validTo };
}

function checkedLevel(level: string | null | undefined, field: string): AdminLevel | undefined {
  if (level == null) return undefined;
  if (!(ADMIN_LEVELS as readonly string[]).includes(level)) {
    throw invalidInput([{ field, message: `must be one of ${ADMIN_LEVELS.join(', ')}` }]);
  }
  return level as AdminLevel;
}

function checkedDate(asOf: string | null | undefined): string | undefined {
  if (asOf == null) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw invalidInput([{ field: 'asOf', message: 'must be a date YYYY-MM-DD' }]);
  return asOf;
}

/**
 * Peru's administrative units (libs/geo). Reference data is public: no token needed, so imports
 * and maps can look places up before anyone logs in.
 */
@Resolver()
export class GeographyResolver {
  private readonly gazetteer = loadGazetteer();

  @Query(() => AdminUnitModel, { nullable: true })
  adminUnit(
    @Args('pcode') pcode: string,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD; default today.' })
    asOf?: string | null,
  ): AdminUnitModel | null {
    const unit = this.gazetteer.byPcode(pcode, { asOf: checkedDate(asOf) });
    return unit ? toModel(unit) : null;
  }

  @Query(() => [AdminUnitModel], {
    description: 'Units of one level, or the children of a unit. Departments by default.',
  })
  adminUnits(
    @Args('level', { type: () => String, nullable: true }) level?: string | null,
    @Args('parentPcode', { type: () => String, nullable: true }) parentPcode?: string | null,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string | null,
  ): AdminUnitModel[] {
    const options = { asOf: checkedDate(asOf) };
    if (parentPcode) {
      if (!this.gazetteer.byPcode(parentPcode, options)) {
        throw invalidInput([{ field: 'parentPcode', message: `unknown P-code ${parentPcode}` }]);
      }
      return this.gazetteer.children(parentPcode, options).map(toModel);
    }
    return this.gazetteer.list(checkedLevel(level, 'level') ?? 'department', options).map(toModel);
  }

  @Query(() => PlaceResolutionModel, {
    description: 'Resolves what a spreadsheet says (P-code, INEI or RENIEC code, or a name) to one unit.',
  })
  resolvePlace(
    @Args('query') query: string,
    @Args('level', { type: () => String, nullable: true }) level?: string | null,
    @Args('parent', { type: () => String, nullable: true, description: 'A unit the place lies in.' })
    parent?: string | null,
    @Args('coding', { type: () => String, nullable: true, description: 'inei (default), reniec or auto.' })
    coding?: string | null,
  ): PlaceResolutionModel {
    if (coding != null && !['inei', 'reniec', 'auto'].includes(coding)) {
      throw invalidInput([{ field: 'coding', message: 'must be inei, reniec or auto' }]);
    }
    const result = this.gazetteer.resolve(query, {
      level: checkedLevel(level, 'level'),
      parent: parent ?? undefined,
      coding: (coding ?? undefined) as Coding | undefined,
    });
    switch (result.status) {
      case 'found':
        return {
          status: 'found',
          unit: toModel(result.unit),
          candidates: [],
          rule: result.rule,
          errorCode: null,
          message: null,
        };
      case 'ambiguous':
        return {
          status: 'ambiguous',
          unit: null,
          candidates: result.candidates.map(toModel),
          rule: result.rule,
          errorCode: result.error.code,
          message: result.error.message,
        };
      case 'not_found':
        return {
          status: 'not_found',
          unit: null,
          candidates: result.suggestions.map(toModel),
          rule: result.rule,
          errorCode: result.error.code,
          message: result.error.message,
        };
      default:
        return {
          status: 'invalid',
          unit: null,
          candidates: [],
          rule: null,
          errorCode: result.error.code,
          message: result.error.message,
        };
    }
  }

  @Query(() => [PlaceGroupingModel], { description: 'Named groupings such as Lima Metropolitana and Lima y Callao.' })
  placeGroupings(): PlaceGroupingModel[] {
    return this.gazetteer.groupings().map(({ code, name, description, memberPcodes }) => ({
      code,
      name,
      description,
      memberPcodes: [...memberPcodes],
    }));
  }
}
