import fc from 'fast-check';
import { z } from 'zod';
import { ALL_ROUTES, DomainError } from '@party/contracts';
import { validateInput } from './route-dispatcher';

/**
 * The command pipeline's validation of every declared command route, on input fast-check makes
 * up: it either takes the input or refuses it as a `validation` error naming each bad field in
 * Vietnamese and English — never anything else (a TypeError would be a 500).
 */
const COMMANDS = ALL_ROUTES.filter((r) => r.kind === 'command');
const RUNS_PER_ROUTE = Number(process.env.PROPERTY_RUNS ?? 60);

const keysOf = (schema: z.ZodType | undefined): string[] => {
  const shape = (schema as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
};

/** A payload near the route's own shape: its keys with any JSON, its example with one key broken, or anything at all. */
function payloadFor(route: (typeof COMMANDS)[number]): fc.Arbitrary<unknown> {
  const keys = [...keysOf(route.params), ...keysOf(route.query), ...keysOf(route.body as z.ZodType)];
  const example = (route.examples?.body ?? {}) as Record<string, unknown>;
  const anyValue = fc.oneof(fc.jsonValue(), fc.string({ maxLength: 400 }), fc.constantFrom('', ' ', '2024-02-30', '1900-01-01', '9999-12-31', 'null', '-1', '1e309'));
  const nearShape = keys.length ? fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length }) : fc.dictionary(fc.string(), anyValue);
  const brokenExample = keys.length ? fc.tuple(fc.constantFrom(...keys), anyValue).map(([k, v]) => ({ ...example, [k]: v })) : fc.constant(example);
  return fc.oneof(nearShape, brokenExample, fc.jsonValue());
}

it(`takes or refuses, field by field in both languages, whatever reaches each of the ${COMMANDS.length} command routes`, () => {
  let refused = 0;
  let runs = 0;
  for (const route of COMMANDS) {
    fc.assert(
      fc.property(payloadFor(route), (payload) => {
        runs++;
        try {
          validateInput(route, payload);
        } catch (err) {
          refused++;
          if (!(err instanceof DomainError)) throw new Error(`${route.pattern}: ${String(err)} for ${JSON.stringify(payload)}`);
          expect(err.body.code).toBe('validation');
          expect(err.body.fields?.length).toBeGreaterThan(0);
          for (const f of err.body.fields ?? []) {
            expect(typeof f.field).toBe('string');
            expect(f.vi).toMatch(/\S/);
            expect(f.en).toMatch(/\S/);
          }
        }
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
  }
  console.log(`validation fuzz: ${runs} payloads over ${COMMANDS.length} command routes, ${refused} refused as validation errors, none otherwise`);
});
