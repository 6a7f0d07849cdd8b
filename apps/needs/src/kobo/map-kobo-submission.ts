import { isInsidePcode, type Gazetteer } from '@coordination/geo';
import type { PopulationGroup } from '@coordination/taxonomies';
import type { KoboFormMapping } from './kobo-form-mapping.schema';
import { KoboIntakeErrorCode, type KoboIntakeProblem } from './kobo-intake.errors';

export type RecordValue = number | string | boolean | null;

export interface MappedRecord {
  pcode: string;
  populationGroup: PopulationGroup | null;
  collectedOn: string;
  values: Record<string, RecordValue>;
}

export type MappingResult = { ok: true; record: MappedRecord } | { ok: false; problems: KoboIntakeProblem[] };

/** What the record must fit: the places the assessment covers. */
export interface AssessmentScope {
  pcodes: readonly string[];
}

const TRUE_ANSWERS = new Set(['yes', 'true', '1', 'si', 'sí']);
const FALSE_ANSWERS = new Set(['no', 'false', '0']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function answerOf(submission: Record<string, unknown>, field: string): unknown {
  const value = submission[field];
  return typeof value === 'string' ? value.trim() : value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Turns one Kobo submission into an assessment record with the form's mapping: resolves the place,
 * the population group and the day, and converts each mapped answer to its type. Every problem is
 * collected (not only the first), so one retry log entry tells the operator all that is wrong.
 */
export function mapKoboSubmission(
  submission: Record<string, unknown>,
  mapping: KoboFormMapping,
  gazetteer: Gazetteer,
  scope: AssessmentScope,
): MappingResult {
  const problems: KoboIntakeProblem[] = [];
  const collectedOn = dayOf(submission, mapping, problems);
  const pcode = placeOf(submission, mapping, gazetteer, collectedOn, scope, problems);
  const populationGroup = populationGroupOf(submission, mapping, problems);
  const values: Record<string, RecordValue> = {};
  for (const value of mapping.values) {
    const answer = answerOf(submission, value.field);
    if (isBlank(answer)) {
      if (value.required) problems.push(missing(value.field));
      values[value.name] = null;
      continue;
    }
    const converted = convert(answer, value.type, value.choices);
    if (converted === undefined) {
      problems.push({
        code: KoboIntakeErrorCode.UnmappableValue,
        field: value.field,
        message: `${value.field}: ${JSON.stringify(answer).slice(0, 80)} is not a valid ${value.type}`,
      });
      continue;
    }
    values[value.name] = converted;
  }
  if (problems.length > 0 || pcode === null || collectedOn === null) return { ok: false, problems };
  return { ok: true, record: { pcode, populationGroup, collectedOn, values } };
}

function missing(field: string): KoboIntakeProblem {
  return { code: KoboIntakeErrorCode.MissingAnswer, field, message: `${field} has no answer` };
}

function dayOf(
  submission: Record<string, unknown>,
  mapping: KoboFormMapping,
  problems: KoboIntakeProblem[],
): string | null {
  const field = mapping.collectedOn?.field ?? (isBlank(submission.today) ? '_submission_time' : 'today');
  const answer = answerOf(submission, field);
  if (isBlank(answer)) {
    problems.push(missing(field));
    return null;
  }
  const day = typeof answer === 'string' && ISO_DAY.test(answer) ? answer.slice(0, 10) : null;
  if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    problems.push({
      code: KoboIntakeErrorCode.InvalidDate,
      field,
      message: `${field} must be a date such as 2026-03-31`,
    });
    return null;
  }
  return day;
}

function placeOf(
  submission: Record<string, unknown>,
  mapping: KoboFormMapping,
  gazetteer: Gazetteer,
  day: string | null,
  scope: AssessmentScope,
  problems: KoboIntakeProblem[],
): string | null {
  const { field, coding, parentField, level } = mapping.place;
  const answer = answerOf(submission, field);
  if (isBlank(answer)) {
    problems.push(missing(field));
    return null;
  }
  const parent = parentField ? answerOf(submission, parentField) : undefined;
  const result = gazetteer.resolve(answer, {
    coding: coding === 'name' ? 'auto' : coding === 'pcode' ? 'inei' : coding,
    level,
    parent: typeof parent === 'string' && parent !== '' ? parent : undefined,
    asOf: day ?? undefined,
  });
  if (result.status !== 'found') {
    const reason =
      result.status === 'ambiguous'
        ? `${JSON.stringify(answer)} names several places; map a parent question (parentField)`
        : (result.error?.message ?? `${JSON.stringify(answer)} is not a known place`);
    problems.push({ code: KoboIntakeErrorCode.UnmappablePlace, field, message: `${field}: ${reason}` });
    return null;
  }
  const pcode = result.unit.pcode;
  if (!scope.pcodes.some((covered) => pcode === covered || isInsidePcode(pcode, covered))) {
    problems.push({
      code: KoboIntakeErrorCode.OutsideAssessment,
      field,
      message: `${field}: ${result.unit.name} (${pcode}) is outside the places the assessment covers`,
    });
    return null;
  }
  return pcode;
}

function populationGroupOf(
  submission: Record<string, unknown>,
  mapping: KoboFormMapping,
  problems: KoboIntakeProblem[],
): PopulationGroup | null {
  const rule = mapping.populationGroup;
  if (!rule) return null;
  if ('value' in rule) return rule.value;
  const answer = answerOf(submission, rule.field);
  if (isBlank(answer)) {
    problems.push(missing(rule.field));
    return null;
  }
  const group = rule.values[String(answer)];
  if (!group) {
    problems.push({
      code: KoboIntakeErrorCode.UnmappableValue,
      field: rule.field,
      message: `${rule.field}: ${JSON.stringify(answer).slice(0, 80)} is not one of the mapped choices (${Object.keys(rule.values).join(', ')})`,
    });
    return null;
  }
  return group;
}

function convert(
  answer: unknown,
  type: KoboFormMapping['values'][number]['type'],
  choices: Record<string, string> | undefined,
): RecordValue | undefined {
  switch (type) {
    case 'integer': {
      const number = typeof answer === 'number' ? answer : Number(answer);
      return Number.isSafeInteger(number) ? number : undefined;
    }
    case 'number': {
      const number = typeof answer === 'number' ? answer : Number(answer);
      return Number.isFinite(number) ? number : undefined;
    }
    case 'text':
      return typeof answer === 'string' ? answer.slice(0, 500) : String(answer).slice(0, 500);
    case 'choice': {
      const key = String(answer);
      if (!choices) return key.slice(0, 100);
      return choices[key];
    }
    case 'boolean': {
      const key = String(answer).toLowerCase();
      if (TRUE_ANSWERS.has(key)) return true;
      if (FALSE_ANSWERS.has(key)) return false;
      return undefined;
    }
  }
}
