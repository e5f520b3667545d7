import { ALL_ROUTES } from '../all-routes';
import { splitPayload } from '../define-route';

/** The declarations themselves: unique, well-formed, and their examples true to their schemas. */
describe('declared routes', () => {
  it('gives every route its own pattern and its own method + path', () => {
    const patterns = ALL_ROUTES.map((r) => r.pattern);
    const signatures = ALL_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
    expect(signatures.filter((s, i) => signatures.indexOf(s) !== i)).toEqual([]);
  });

  it("names each path parameter in the route's params and nowhere else", () => {
    const wrong = ALL_ROUTES.filter((r) => {
      const inPath = [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
      const declared = Object.keys(r.params?.shape ?? {}).sort();
      return inPath.join() !== declared.join();
    }).map((r) => r.pattern);
    expect(wrong).toEqual([]);
  });

  it('writes examples that its own schemas accept', () => {
    const refused = ALL_ROUTES.flatMap((r) => {
      const out: string[] = [];
      if (r.examples?.body !== undefined && r.body && !r.body.safeParse(r.examples.body).success) out.push(`${r.pattern} body`);
      if (r.examples?.response !== undefined && !r.response.safeParse(r.examples.response).success) out.push(`${r.pattern} response`);
      return out;
    });
    expect(refused).toEqual([]);
  });

  it('sends the path over the body and the query apart, as the service reads them', () => {
    const route = ALL_ROUTES.find((r) => r.params && r.body);
    if (!route?.params) throw new Error('no route with a path parameter and a body');
    const [param] = Object.keys(route.params.shape);
    const parts = splitPayload(route, { [param]: 'from-path', extra: 1 });
    expect(parts.params).toEqual({ [param]: 'from-path' });
    expect(parts.body).toEqual({ extra: 1 });
  });
});
