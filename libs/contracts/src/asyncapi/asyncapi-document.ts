/**
 * The subset of AsyncAPI 3.0 this library generates. Typed loosely where the content is JSON
 * Schema or bindings, which are only written out, never read back.
 */
export interface AsyncApiReference {
  readonly $ref: string;
}

export interface AsyncApiChannel {
  readonly address: string;
  readonly description: string;
  readonly messages: Readonly<Record<string, AsyncApiReference>>;
  readonly bindings: { readonly kafka: Readonly<Record<string, unknown>> };
}

export interface AsyncApiOperation {
  readonly action: 'send' | 'receive';
  readonly channel: AsyncApiReference;
  readonly summary: string;
  readonly messages: readonly AsyncApiReference[];
  readonly 'x-producer': string;
}

export interface AsyncApiMessage {
  readonly name: string;
  readonly summary: string;
  readonly contentType: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly bindings: { readonly kafka: Readonly<Record<string, unknown>> };
  readonly 'x-topic': string;
  readonly 'x-aggregate': string;
  readonly 'x-version': number;
}

export interface AsyncApiDocument {
  readonly asyncapi: '3.0.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly defaultContentType: string;
  readonly channels: Readonly<Record<string, AsyncApiChannel>>;
  readonly operations: Readonly<Record<string, AsyncApiOperation>>;
  readonly components: { readonly messages: Readonly<Record<string, AsyncApiMessage>> };
}
