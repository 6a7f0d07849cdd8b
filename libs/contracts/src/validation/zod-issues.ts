import type { z } from 'zod';
import type { EventValidationIssue } from './event-validation-error';

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

/**
 * Converts zod issues to our own shape so callers do not depend on zod's issue format.
 * Unknown keys are reported one per key at the key's own path, which is where a reader looks.
 */
export function toValidationIssues(
  issues: readonly z.core.$ZodIssue[],
  pathPrefix: readonly PropertyKey[] = [],
): EventValidationIssue[] {
  return issues.flatMap((issue) => {
    const path = [...pathPrefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: 'Unknown attribute' }));
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}
