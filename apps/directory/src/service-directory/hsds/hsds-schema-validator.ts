import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { resolveHsdsSchemaDir } from './hsds-schema-dir';

type SchemaKind = 'service' | 'organization' | 'servicePage' | 'organizationPage';

export interface HsdsValidationResult {
  valid: boolean;
  /** `instancePath message`, one per problem. */
  errors: string[];
}

/**
 * The HSDS API wraps lists in a page (openapi.json, components/schemas/Page). That wrapper is not
 * one of the vendored modular files, so it is written here, referring to the official schema for
 * the items.
 */
function pageSchema(itemSchemaId: string) {
  return {
    type: 'object',
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: {
      total_items: { type: 'integer', minimum: 0 },
      total_pages: { type: 'integer', minimum: 0 },
      page_number: { type: 'integer', minimum: 1 },
      size: { type: 'integer', minimum: 0 },
      first_page: { type: 'boolean' },
      last_page: { type: 'boolean' },
      empty: { type: 'boolean' },
      contents: { type: 'array', items: { $ref: itemSchemaId } },
    },
  };
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}

/**
 * Validates documents against the official HSDS 3 JSON schemas vendored in hsds-schema/. Each file
 * is registered under its `$id`; their `$ref`s name sibling files (`phone.json`), which resolve
 * against that id. The schemas carry keywords of their own (`constraints`, `core`,
 * `datapackage_metadata`...), which strict mode would refuse.
 */
export class HsdsSchemaValidator {
  private readonly validators: Record<SchemaKind, ValidateFunction>;

  constructor(schemaDir: string = resolveHsdsSchemaDir()) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const ids = new Map<string, string>();
    for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as { $id?: string };
      if (!schema.$id) throw new Error(`${file} has no $id`);
      ajv.addSchema(schema);
      ids.set(file, schema.$id);
    }
    const idOf = (file: string) => {
      const id = ids.get(file);
      if (!id) throw new Error(`${file} is not among the vendored HSDS schemas`);
      return id;
    };
    this.validators = {
      service: ajv.compile({ $ref: idOf('service.json') }),
      organization: ajv.compile({ $ref: idOf('organization.json') }),
      servicePage: ajv.compile(pageSchema(idOf('service.json'))),
      organizationPage: ajv.compile(pageSchema(idOf('organization.json'))),
    };
  }

  service(document: unknown): HsdsValidationResult {
    return this.run('service', document);
  }

  organization(document: unknown): HsdsValidationResult {
    return this.run('organization', document);
  }

  servicePage(document: unknown): HsdsValidationResult {
    return this.run('servicePage', document);
  }

  organizationPage(document: unknown): HsdsValidationResult {
    return this.run('organizationPage', document);
  }

  private run(kind: SchemaKind, document: unknown): HsdsValidationResult {
    const validate = this.validators[kind];
    const valid = validate(document) as boolean;
    return { valid, errors: valid ? [] : describe(validate.errors) };
  }
}
