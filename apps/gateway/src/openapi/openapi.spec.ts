import { readFileSync } from 'node:fs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ALL_ROUTES, API_TAGS } from '@party/contracts';
import { useTestGateway } from '../testing';
import { buildOpenApiDocument } from './openapi-document';
import { OPENAPI_FILE, serializeOpenApi } from './write-openapi';

/**
 * The OpenAPI document is the contract the portal's client is generated from: complete (every
 * operation has its success response schema, its department's tag, the typed error), and the
 * committed `openapi.json` is exactly what the code produces.
 */
const gw = useTestGateway({ label: 'openapi' });
let doc: OpenAPIObject;
beforeAll(() => {
  doc = buildOpenApiDocument(gw.app);
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>; tags?: string[] }>)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

it('gives every operation a success response with a schema', () => {
  const missing = operations()
    .filter(({ op }) => !Object.entries(op.responses ?? {}).some(([status, r]) => /^2\d\d$/.test(status) && Object.values(r.content ?? {}).some((c) => c.schema)))
    .map((o) => o.name);
  expect(missing).toEqual([]);
});

it("tags every operation with its department's tag", () => {
  const tags = new Set<string>(Object.values(API_TAGS));
  expect(operations().filter(({ op }) => !op.tags?.length || op.tags.some((t) => !tags.has(t))).map((o) => o.name)).toEqual([]);
});

it('documents the typed error on every declared route', () => {
  for (const route of ALL_ROUTES) {
    const path = `/api/${route.path.replace(/:(\w+)/g, '{$1}')}`;
    const op = (doc.paths[path] as Record<string, { responses: Record<string, unknown> }>)?.[route.method.toLowerCase()];
    expect({ route: route.pattern, documented: Boolean(op) }).toEqual({ route: route.pattern, documented: true });
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '403', '422']));
  }
});

it('matches the committed openapi.json (run `npm run openapi` after changing a route)', () => {
  expect(readFileSync(OPENAPI_FILE, 'utf8') === serializeOpenApi(doc)).toBe(true);
});

describe('compression', () => {
  it('gzips a large answer for a client that accepts it, and sends it plain to one that does not', async () => {
    const zipped = await gw.http().get('/api/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.openapi).toMatch(/^3\./);
    const plain = await gw.http().get('/api/docs-json').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('leaves a small answer alone (below 1 KB the header costs more than it saves)', async () => {
    const res = await gw.http().get('/api/health').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
