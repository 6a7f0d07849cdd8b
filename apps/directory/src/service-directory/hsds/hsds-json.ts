/** A JSON object as HSDS publishes it. */
export type HsdsObject = { [field: string]: HsdsValue };
export type HsdsValue = string | number | boolean | HsdsObject | HsdsValue[];

/**
 * Leaves out fields without a value: HSDS types its fields as plain strings and numbers, so a
 * `null` would break the schema where an absent field is fine.
 */
export function hsdsObject(fields: Record<string, HsdsValue | null | undefined>): HsdsObject {
  const object: HsdsObject = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value !== null && value !== undefined) object[field] = value;
  }
  return object;
}
