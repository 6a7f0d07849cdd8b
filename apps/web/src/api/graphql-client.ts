/** One error of a GraphQL answer, with the platform's stable code and the input field at fault. */
export interface ApiError {
  message: string;
  code: string;
  field: string | null;
}

/** Thrown when the gateway answers with errors: the caller shows them next to the fields they name. */
export class ApiRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((error) => error.message).join('; '));
  }

  /** The message for one input field (`input.cells.girls`), if the service named that field. */
  forField(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }

  /** Errors not tied to a field, shown at the top of a form. */
  general(): ApiError[] {
    return this.errors.filter((error) => !error.field);
  }
}

interface RawError {
  message: string;
  extensions?: {
    code?: string;
    field?: string | null;
    /** INPUT.INVALID: every field at fault. */
    fields?: { field: string; message: string }[];
    /** A rule broken in several places at once (cells that do not add up...). */
    problems?: { code: string; field: string | null; message: string }[];
  };
}

/** One ApiError per field the service named, so each shows next to its own input. */
function apiErrorsOf(error: RawError): ApiError[] {
  const code = error.extensions?.code ?? 'UNKNOWN';
  if (error.extensions?.fields?.length) {
    return error.extensions.fields.map((problem) => ({ code, field: problem.field, message: problem.message }));
  }
  if (error.extensions?.problems?.length) {
    return error.extensions.problems.map((problem) => ({
      code: problem.code,
      field: problem.field ?? null,
      message: problem.message,
    }));
  }
  return [{ code, field: error.extensions?.field ?? null, message: error.message }];
}

/** Same-origin POST to the gateway: the web app is served by the gateway it talks to. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  accessToken: string | null = null,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: RawError[] } | null;
  if (body?.errors?.length) {
    throw new ApiRequestError(body.errors.flatMap(apiErrorsOf));
  }
  if (!response.ok || !body?.data) {
    throw new ApiRequestError([{ message: `HTTP ${response.status}`, code: 'HTTP.ERROR', field: null }]);
  }
  return body.data;
}
