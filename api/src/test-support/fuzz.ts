import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { FilePart, hostileString, hostileText, nested, OMIT, wrongTypes } from './fuzz-values.js';

/*
 * Property-based fuzzing, part 2: requests generated from the schema. Each argument is walked
 * through its input type, and every leaf is either plausible (hints give ids that exist, the
 * real terms version…) or hostile (wrong types, nulls for non-null, unknown fields, deep nesting,
 * huge lists, hostile strings from `fuzz-values.ts`). An input type without a generator throws,
 * so a new scalar cannot silently go unfuzzed.
 */

/** Thrown when the schema has an input the generator does not know: new types need a generator. */
export class UnsupportedInputError extends Error {}

/**
 * Plausible values (ids that exist, the real terms version…) by `Type:name` of the argument or
 * input field (`Int:version`, `String:captchaId`), or `Type:*` for every input of that type.
 */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

const PLAUSIBLE_STRINGS = [
  'JOHN',
  'SMITH',
  '史密斯',
  '臺北市',
  '大安區',
  '忠孝東路四段1號',
  'TPE',
  'john.smith@mail.test',
  '0912345678',
  'A800000014',
  '1985-04-12',
  'Another strong passphrase 2026!',
  'ok',
];
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const dates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()));
/** Well-formed for the scalar, yet at the edges the database or the rules may not accept. */
const EDGE_DATES = ['0000-01-01', '0001-01-01', '9999-12-31', '2024-02-29'];
const EDGE_DATE_TIMES = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-12-31T23:59:59+14:00',
];

const SCALARS: Record<
  string,
  { plausible: fc.Arbitrary<unknown>; hostile: fc.Arbitrary<unknown> }
> = {
  String: {
    plausible: fc.oneof(fc.constantFrom(...PLAUSIBLE_STRINGS), fc.string({ maxLength: 24 })),
    hostile: hostileString,
  },
  ID: {
    plausible: fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000')),
    hostile: fc.oneof(hostileString, fc.constantFrom(12345, -1, 2 ** 53, 0)),
  },
  Int: {
    plausible: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom(2147483647, -2147483648)),
    hostile: fc.constantFrom<unknown>(
      2147483648,
      -2147483649,
      1e308,
      0.5,
      'NaN',
      '1',
      null,
      true,
      {},
    ),
  },
  Float: {
    plausible: fc.double({ noNaN: true, noDefaultInfinity: true }),
    hostile: fc.constantFrom<unknown>('1', {}, Number.MAX_VALUE, -Number.MIN_VALUE),
  },
  Boolean: {
    plausible: fc.boolean(),
    hostile: fc.constantFrom<unknown>('true', 1, 0, 'false', {}),
  },
  Date: {
    plausible: fc.oneof(dates.map(isoDate), fc.constantFrom(...EDGE_DATES)),
    hostile: fc.oneof(
      fc.constantFrom(
        '2026-02-30',
        '2026-13-01',
        '99999-01-01',
        '2026-1-1',
        '2026-01-01T00:00:00Z',
      ),
      hostileString,
    ),
  },
  DateTime: {
    plausible: fc.oneof(
      dates.map((d) => d.toISOString()),
      fc.constantFrom(...EDGE_DATE_TIMES),
    ),
    hostile: fc.oneof(
      fc.constantFrom<unknown>('2026-02-30T00:00:00Z', 'yesterday', 1e15, -1, '2026-01-01'),
      hostileString,
    ),
  },
  Upload: {
    plausible: fc.constantFrom(
      new FilePart('scan.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
    ),
    hostile: fc.oneof(
      hostileString,
      fc.constantFrom<unknown>({ name: 'x.pdf' }, 'file:///etc/passwd'),
    ),
  },
};

/**
 * Generation settings: the hints, how many values in 20 are hostile, and whether hostile values
 * keep the right GraphQL type (hostile contents in strings and ids, huge lists; the rest
 * plausible), which gets them past the GraphQL layer to the services' own validation.
 */
export interface Gen {
  hints: Hints;
  hostility: number;
  typeCorrect: boolean;
}

function plausible(
  type: GraphQLInputType,
  name: string,
  g: Gen,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausibleNonNull(type.ofType, name, g, depth);
  const value = plausibleNonNull(type, name, g, depth);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, OMIT) },
    { weight: 4, arbitrary: value },
  );
}

function plausibleNonNull(
  type: GraphQLInputType,
  name: string,
  g: Gen,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausibleNonNull(type.ofType, name, g, depth);
  if (isListType(type))
    return fc.array(valueFor(type.ofType, name, g, depth + 1), { maxLength: 4 });
  if (isInputObjectType(type)) {
    if (depth > 6) throw new UnsupportedInputError(`input ${type.name} nests too deep to generate`);
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, g, depth + 1)])),
    );
  }
  const base = isEnumType(type)
    ? fc.constantFrom(...type.getValues().map((v) => v.name))
    : scalarOf(type).plausible;
  const named = getNamedType(type).name;
  const hint = g.hints[`${named}:${name}`] ?? g.hints[`${named}:*`];
  return hint ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: base }) : base;
}

function scalarOf(type: GraphQLInputType) {
  const named = getNamedType(type);
  const generators = isScalarType(named) ? SCALARS[named.name] : undefined;
  if (!generators) throw new UnsupportedInputError(`no generator for the input type ${named.name}`);
  return generators;
}

function hostile(
  type: GraphQLInputType,
  name: string,
  g: Gen,
  depth: number,
): fc.Arbitrary<unknown> {
  if (g.typeCorrect) {
    if (isNonNullType(type)) return hostile(type.ofType, name, g, depth);
    if (isListType(type)) {
      return fc.oneof(
        plausibleNonNull(type.ofType, name, g, depth + 1).map((e) =>
          Array.from({ length: 5000 }, () => e),
        ),
        fc.array(hostile(type.ofType, name, g, depth + 1), { minLength: 1, maxLength: 3 }),
      );
    }
    const named = getNamedType(type);
    return isScalarType(named) && (named.name === 'String' || named.name === 'ID')
      ? hostileText
      : plausibleNonNull(type, name, g, depth);
  }
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, OMIT) },
      { weight: 5, arbitrary: hostile(type.ofType, name, g, depth) },
    );
  }
  if (isListType(type)) {
    const element = plausibleNonNull(type.ofType, name, g, depth + 1);
    return fc.oneof(
      element.map((e) => Array.from({ length: 5000 }, () => e)), // a huge list
      element.map((e) => [e, null, e]),
      element.map((e) => [[e]]),
      fc.array(hostile(type.ofType, name, g, depth + 1), { minLength: 1, maxLength: 3 }),
      wrongTypes,
    );
  }
  if (isInputObjectType(type)) {
    const valid = plausibleNonNull(type, name, g, depth) as fc.Arbitrary<Record<string, unknown>>;
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return fc.oneof(
      fc.tuple(valid, hostileString).map(([v, extra]) => ({ ...v, unknownField: extra })),
      valid.map(
        (v) =>
          JSON.parse(`{"__proto__":{"role":"SUPERVISOR"},"a":${JSON.stringify(v)}}`) as unknown,
      ),
      ...(required.length
        ? [
            fc
              .tuple(valid, fc.constantFrom(...required))
              .map(([v, f]) => ({ ...v, [f.name]: OMIT })),
          ]
        : []),
      valid.map((v) => ({ ...v, [Object.keys(v)[0] ?? 'a']: nested(1000) })),
      wrongTypes,
    );
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    return fc.oneof(
      fc.constantFrom(...names).map((n) => n.toLowerCase()),
      fc.constantFrom(...names).map((n) => `${n}\u0000`),
      fc.constantFrom('ADMIN', 'SUPERUSER', '', '*'),
      wrongTypes,
      hostileString,
    );
  }
  return scalarOf(type).hostile;
}

/** A value for an input of `type` named `name`: plausible or hostile, in `g`'s proportions. */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  g: Gen,
  depth = 0,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 20 - g.hostility, arbitrary: plausible(type, name, g, depth) },
    { weight: g.hostility, arbitrary: hostile(type, name, g, depth) },
  );
}

/** How the operation itself is bent, beyond its variables. */
export type Twist = 'none' | 'unknownArgument' | 'unknownVariable' | 'literalArguments';

export interface FuzzRequest {
  field: string;
  caller: string;
  locale: string;
  document: string;
  variables: Record<string, unknown>;
  twist: Twist;
}

/**
 * Requests for one mutation: one variable per argument, declared with the argument's own type,
 * values from `valueFor`. Throws `UnsupportedInputError` when an argument cannot be generated.
 */
export function requestArbitrary(
  field: GraphQLField<unknown, unknown>,
  hints: Hints | ((caller: string) => Hints),
  callers: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzRequest> {
  const args = field.args;
  const hintsOf = typeof hints === 'function' ? hints : () => hints;
  const withHostility = (caller: string, hostility: number, typeCorrect: boolean) => {
    const g = { hints: hintsOf(caller), hostility, typeCorrect };
    return fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name, g)])));
  };
  // Hostile contents of the right type reach the services; mostly plausible requests with the
  // odd wrong value test the GraphQL layer's coercion; balanced ones combine several.
  const valuesOf = (caller: string) =>
    fc.oneof(
      { weight: 2, arbitrary: withHostility(caller, 4, true) },
      { weight: 1, arbitrary: withHostility(caller, 1, false) },
      { weight: 1, arbitrary: withHostility(caller, 8, false) },
    );
  valuesOf(''); // builds every generator now: an input without one throws here
  const perCaller = new Map<string, fc.Arbitrary<[string, Record<string, unknown>]>>();
  const callerAndValues = callers.chain((caller) => {
    if (!perCaller.has(caller)) {
      perCaller.set(
        caller,
        valuesOf(caller).map((v) => [caller, v] as [string, Record<string, unknown>]),
      );
    }
    return perCaller.get(caller)!;
  });
  const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
  const twist = fc.oneof(
    { weight: 8, arbitrary: fc.constant<Twist>('none') },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Twist>('unknownArgument', 'unknownVariable', 'literalArguments'),
    },
  );
  return fc
    .tuple(callerAndValues, fc.constantFrom('en', 'zh-TW'), twist, hostileString)
    .map(([[caller, variables], locale, tw, extra]) => {
      const defs = args.map((a) => `$${a.name}: ${String(a.type)}`);
      const uses = args.map((a) => `${a.name}: $${a.name}`);
      let vars: Record<string, unknown> = variables;
      if (tw === 'unknownArgument') uses.push('bogus: 1');
      if (tw === 'unknownVariable') vars = { ...variables, bogus: extra };
      if (tw === 'literalArguments') {
        // Strings as literals in the document, where the parser (not JSON) meets them.
        defs.length = 0;
        uses.length = 0;
        args.forEach((a) =>
          uses.push(`${a.name}: ${JSON.stringify(typeof extra === 'string' ? extra : 'x')}`),
        );
        vars = {};
      }
      const head = defs.length ? `(${defs.join(', ')})` : '';
      const call = uses.length ? `(${uses.join(', ')})` : '';
      const document = `mutation Fuzz${head} { ${field.name}${call} ${selection} }`;
      return { field: field.name, caller, locale, document, variables: vars, twist: tw };
    });
}

/**
 * The roles a mutation's resolver allows, from type-graphql's `@Authorized` metadata (on the
 * method, else on its resolver class): `null` when it is public, `[]` for any logged-in caller.
 */
export function authorizedRoles(mutation: string): unknown[] | null {
  const storage = getMetadataStorage();
  const resolver = storage.mutations.find((m) => m.schemaName === mutation);
  if (!resolver) return null;
  const rule =
    storage.authorizedFields.find(
      (a) => a.target === resolver.target && a.fieldName === resolver.methodName,
    ) ?? storage.authorizedResolver.find((a) => a.target === resolver.target);
  return rule ? (rule.roles as unknown[]) : null;
}
