import { GraphQLError } from 'graphql';
import type { z } from 'zod';

export const INPUT_INVALID = 'INPUT.INVALID';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A rejected input: stable code, and every field at fault with why. */
export function invalidInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: INPUT_INVALID, fields: problems },
  });
}

/** Validates a mutation's `input` before any write, so nothing is half written. */
export function parseInput<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  root = 'input',
): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw invalidInput(
      result.error.issues.map((issue) => ({
        field: [root, ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  }
  return result.data;
}

/** A domain rule broke: stable code that survives Kafka and GraphQL, plus the field when there is one. */
export function domainError(code: string, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}
