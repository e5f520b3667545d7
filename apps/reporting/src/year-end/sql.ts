/** A parameterised SQL fragment: `?` placeholders and their values, composable. */
export interface Sql {
  text: string;
  params: unknown[];
}

const isSql = (v: unknown): v is Sql => typeof v === 'object' && v !== null && 'text' in v && 'params' in v && Array.isArray((v as Sql).params);

/** sql`select … where a = ${value} ${otherFragment}` — values become `?` bindings, fragments nest. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (isSql(v)) {
      text += v.text;
      params.push(...v.params);
    } else {
      if (Array.isArray(v)) throw new Error('Bind arrays as JSON (knex would expand them)');
      text += '?';
      params.push(v);
    }
    text += strings[i + 1];
  });
  return { text, params };
}

/** A table name or other identifier, quoted; never a user value. */
export function ident(name: string): Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Bad identifier: ${name}`);
  return { text: `"${name}"`, params: [] };
}

export const EMPTY: Sql = { text: '', params: [] };

/** Ids as one bound `text[]` value (`{"a","b"}`): `sql` binds no JavaScript arrays. */
export function textArray(ids: readonly string[]): Sql {
  return sql`${`{${ids.map((id) => `"${id.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`}::text[]`;
}
