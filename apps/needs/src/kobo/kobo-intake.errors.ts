/** Stable codes of the Kobo intake, shown in KoboToolbox's REST service log with the field at fault. */
export const KoboIntakeErrorCode = {
  Unauthorized: 'KOBO.UNAUTHORIZED',
  UnknownForm: 'KOBO.UNKNOWN_FORM',
  InvalidPayload: 'KOBO.INVALID_PAYLOAD',
  MissingUuid: 'KOBO.MISSING_UUID',
  MissingAnswer: 'KOBO.MISSING_ANSWER',
  UnmappablePlace: 'KOBO.UNMAPPABLE_PLACE',
  UnmappableValue: 'KOBO.UNMAPPABLE_VALUE',
  InvalidDate: 'KOBO.INVALID_DATE',
  OutsideAssessment: 'KOBO.OUTSIDE_ASSESSMENT',
  StaleEdit: 'KOBO.STALE_EDIT',
} as const;

export type KoboIntakeErrorCode = (typeof KoboIntakeErrorCode)[keyof typeof KoboIntakeErrorCode];

export interface KoboIntakeProblem {
  code: KoboIntakeErrorCode;
  /** The submission's key at fault (`group_lugar/distrito`, `_uuid`), when there is one. */
  field: string | null;
  message: string;
}

/** A refusal of the intake endpoint, with the HTTP status KoboToolbox records in its log. */
export class KoboIntakeRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 422,
    readonly problems: KoboIntakeProblem[],
  ) {
    super(problems.map((problem) => problem.message).join('; '));
  }
}
