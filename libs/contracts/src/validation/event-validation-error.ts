/** Stable codes: consumers branch on them and dead-letter records carry them, so never rename. */
export const EventValidationCodes = {
  notJson: 'EVENT.NOT_JSON',
  envelopeInvalid: 'EVENT.ENVELOPE_INVALID',
  unknownType: 'EVENT.UNKNOWN_TYPE',
  dataInvalid: 'EVENT.DATA_INVALID',
  wrongTopic: 'EVENT.WRONG_TOPIC',
} as const;

export type EventValidationCode = (typeof EventValidationCodes)[keyof typeof EventValidationCodes];

export interface EventValidationIssue {
  /** Dot-separated location in the message, e.g. `data.name`; empty for the message itself. */
  readonly path: string;
  readonly message: string;
}

export interface EventValidationError {
  readonly code: EventValidationCode;
  readonly message: string;
  readonly issues: readonly EventValidationIssue[];
}

export function eventValidationError(
  code: EventValidationCode,
  summary: string,
  issues: readonly EventValidationIssue[],
): EventValidationError {
  // Repeat the issues in the message so a single log line or DLQ header says what was wrong.
  const details = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  const message = details.length > 0 ? `${summary}: ${details.join('; ')}` : summary;
  return { code, message, issues };
}
