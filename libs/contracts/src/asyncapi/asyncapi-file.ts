/** Where the generated AsyncAPI document lives, relative to the repository root. */
export const ASYNCAPI_FILE_PATH = 'docs/events/asyncapi.yaml';
