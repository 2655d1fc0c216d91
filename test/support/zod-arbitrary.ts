import fc, { type Arbitrary } from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries for VALID inputs of a zod 4 schema, by walking the schema's definition: one small generator
 * per schema kind the contract uses. (No maintained library derives arbitraries from zod 4; zod-fast-check is zod 3.)
 * `hint` may replace the generator at any path (known ids, versions that match, safe folders…). The result is
 * filtered through the schema itself, so refinements the walker cannot read still hold.
 */
export type Hint = (path: readonly string[], schema: z.ZodType) => Arbitrary<unknown> | undefined;

interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((check) => check._zod.def);

/** Generated collections stay small: the point is reaching the handlers with many different calls, not volume. */
const MAX_ITEMS = 3;
const SHORT_TEXT = 24;

export function validInput<T extends z.ZodType>(schema: T, hint: Hint = () => undefined): Arbitrary<z.input<T>> {
  return (walk(schema, [], hint) as Arbitrary<z.input<T>>).filter((value) => schema.safeParse(value).success);
}

function walk(schema: z.ZodType, path: readonly string[], hint: Hint): Arbitrary<unknown> {
  const hinted = hint(path, schema);
  if (hinted) return hinted;
  const def = defOf(schema);
  const inner = (key: string) => walk(def[key] as z.ZodType, path, hint);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
      return fc.option(inner('innerType'), { nil: undefined });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null });
    case 'default':
    case 'prefault':
      // Leaving the field out is how a caller asks for the default: both must work.
      return fc.option(inner('innerType'), { nil: undefined });
    case 'object':
      return objectArbitrary(def, path, hint);
    case 'array': {
      const { min, max } = lengthBounds(checksOf(def), 0, MAX_ITEMS);
      return fc.array(walk(def.element as z.ZodType, [...path, '[]'], hint), { minLength: min, maxLength: Math.max(min, Math.min(max, MAX_ITEMS)) });
    }
    case 'record':
      return fc.dictionary(walk(def.keyType as z.ZodType, [...path, '{key}'], hint) as Arbitrary<string>, walk(def.valueType as z.ZodType, [...path, '{}'], hint), {
        maxKeys: MAX_ITEMS + 5,
      });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => walk(option, path, hint)));
    case 'pipe': {
      // `.transform()` is a pipe into a transform: generate what goes in. `.pipe(schema)`: generate what the
      // schema after it accepts (the filter checks that the input side accepts it too).
      const out = def.out as z.ZodType;
      return defOf(out).type === 'transform' ? inner('in') : walk(out, path, hint);
    }
    default:
      throw new Error(`zod-arbitrary: no generator for schema kind "${def.type}" at ${path.join('.') || '(root)'}`);
  }
}

function objectArbitrary(def: Def, path: readonly string[], hint: Hint) {
  const shape = def.shape as Record<string, z.ZodType>;
  const fields: Record<string, Arbitrary<unknown>> = {};
  const optional: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    fields[key] = walk(field, [...path, key], hint);
    if (['optional', 'default', 'prefault'].includes(defOf(field).type)) optional.push(key);
  }
  // Absent optional keys are left out rather than set to undefined (a strict object treats both alike, JSON does not).
  return fc.record(fields, { requiredKeys: Object.keys(shape).filter((key) => !optional.includes(key)) }).map((value) => {
    const clean: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) clean[key] = field;
    return clean;
  });
}

function lengthBounds(checks: CheckDef[], min: number, max: number) {
  for (const check of checks) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum as number);
    if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
    if (check.check === 'length_equals') min = max = check.length as number;
  }
  return { min, max };
}

function stringArbitrary(def: Def): Arbitrary<string> {
  const checks = checksOf(def);
  const format = (def.format as string | undefined) ?? (checks.find((check) => check.check === 'string_format')?.format as string | undefined);
  const pattern = (def.pattern as RegExp | undefined) ?? (checks.find((check) => check.check === 'string_format')?.pattern as RegExp | undefined);
  switch (format) {
    case undefined:
      break;
    case 'uuid':
      return fc.uuid({ version: 7 });
    case 'date':
      return isoDate;
    case 'datetime':
      return fc.tuple(isoDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([day, h, m]) => `${day}T${pad(h)}:${pad(m)}`);
    case 'regex':
      return fc.stringMatching(pattern!);
    default:
      throw new Error(`zod-arbitrary: no generator for string format "${format}"`);
  }
  const { min, max } = lengthBounds(checks, 0, Number.MAX_SAFE_INTEGER);
  const trims = checks.some((check) => check.check === 'overwrite');
  const words = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: min, maxLength: Math.max(min, Math.min(max, SHORT_TEXT)) });
  const longest = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: Math.min(max, 2000), maxLength: Math.min(max, 2000) });
  const text = fc.oneof({ arbitrary: words, weight: 8 }, { arbitrary: longest, weight: max <= 2000 ? 1 : 0 });
  // A trimmed field must hold something after trimming when it has a minimum.
  return trims && min > 0 ? text.filter((value) => value.trim().length >= min) : text;
}

function numberArbitrary(def: Def): Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'number_format') integer = check.format === 'safeint' || check.format === 'int32';
    if (check.check === 'greater_than') min = Math.max(min, (check.value as number) + (check.inclusive ? 0 : integer ? 1 : Number.EPSILON));
    if (check.check === 'less_than') max = Math.min(max, (check.value as number) - (check.inclusive ? 0 : integer ? 1 : Number.EPSILON));
  }
  if (integer) return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
  return fc.double({ min, max, noNaN: true });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Any calendar day 1990–2035 (around today, both past and future), ISO formatted. */
const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** Letters the offices type (Vietnamese with its tones, Khmer, Latin), digits, punctuation and edge cases. */
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'ăâđêôơưĂÂĐÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអាិីឹឺុូួើឿៀេែៃោៅំះ់្',
  ' ',
  ' ',
  '.',
  ',',
  '-',
  '/',
  "'",
  '"',
  '%',
  '_',
  '<',
  '>',
  '&',
  ';',
  '\n',
  '\t',
  '\u00A0',
  '\u200B',
  '\u202E',
  '😀',
];
