/**
 * The `storage.managed_schema` Chrome validates a policy against, derived from the preference rules
 * so the two cannot drift (tests/background/managedPolicy.test.ts compares it with
 * managed_schema.json). Chrome's format: JSON Schema with a top-level object and no
 * additionalProperties at the top; each top-level property is one policy. One policy per preference
 * (src/core/managedPolicy.ts says why). Firefox does not read the schema; Limber checks every value.
 */
import { DEFAULTS, type PrefKey, RULES } from './settings.ts';

type Schema = Record<string, unknown>;

function fieldSchema(key: PrefKey): Schema {
  const rule = RULES[key];
  switch (rule.kind) {
    case 'int':
      return {
        type: 'integer',
        minimum: rule.min,
        maximum: rule.max,
        description: `${rule.unit}, ${rule.min} to ${rule.max}; built-in default ${String(DEFAULTS[key])}`,
      };
    case 'bool':
      return { type: 'boolean', description: `built-in default ${String(DEFAULTS[key])}` };
    case 'enum':
      return { type: 'string', enum: [...rule.values], description: `built-in default ${String(DEFAULTS[key])}` };
    case 'hours':
      return {
        type: 'array',
        description: '7 weekdays, Sunday first; start and end in minutes after midnight, start before end',
        items: {
          type: 'object',
          properties: {
            on: { type: 'boolean' },
            start: { type: 'integer', minimum: 0, maximum: 1440 },
            end: { type: 'integer', minimum: 0, maximum: 1440 },
          },
        },
      };
  }
}

function policyFor(key: PrefKey): Schema {
  return {
    title: key,
    description: 'value: the preference; locked: true to enforce it, false (or absent) for a starting value',
    type: 'object',
    properties: { value: fieldSchema(key), locked: { type: 'boolean' } },
  };
}

export function managedSchema(): Schema {
  const properties: Schema = {};
  for (const key of Object.keys(DEFAULTS) as PrefKey[]) properties[key] = policyFor(key);
  return { type: 'object', properties };
}
