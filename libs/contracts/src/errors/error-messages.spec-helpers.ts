import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { DomainError, ERROR_STATUS, ErrorCode, LocalizedText } from './domain-error';

/**
 * Every error message the code base can build, read from its source: the arguments of the
 * `DomainError` factories and constructor, error bodies written as literals (`{ code, message }`),
 * and every other `{ vi, en }` text (rule findings, row problems, the parts messages are built
 * from), rendered as a person reads them — `DomainError.notFound(what)` with its "Không tìm thấy
 * … / … not found" around `what`. A message built at run time is rendered with its placeholders as
 * `«name»`; an argument named by a constant or a small function of the same file is followed.
 */
export interface RenderedMessage {
  /** `apps/reporting/src/year-end/year-end.service.ts:97` */
  at: string;
  /** The error code it is the message of; `field` for a field error, `text` for any other text in both languages. */
  code: ErrorCode | 'field' | 'text';
  vi: string;
  en: string;
  /** The expressions a message interpolates (`cmd.personId`). */
  placeholders: string[];
}

const FACTORIES: Record<string, ErrorCode> = { notFound: 'not_found', forbidden: 'forbidden', conflict: 'conflict', rule: 'rule_violation', validation: 'validation' };

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist' || name === 'migrations') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.(spec|d)\.tsx?$/.test(name) && !name.includes('spec-helpers')) out.push(path);
    }
  };
  dirs.forEach((d) => walk(join(root, d)));
  return out;
}

export function renderedMessages(root: string, files: readonly string[]): RenderedMessage[] {
  const out: RenderedMessage[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!/\bvi\b|DomainError|bilingual/.test(text)) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const at = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const push = (n: ts.Node, code: RenderedMessage['code'], m: Rendered | null) => m && out.push({ at: at(n), code, ...m });
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.expression.getText() === 'DomainError') {
        const factory = n.expression.name.text;
        const code = FACTORIES[factory];
        if (code) {
          const [first, second, third] = n.arguments;
          if (factory === 'notFound') {
            const what = first && textOf(first, sf);
            const where = second ? textOf(second, sf) : null;
            if (what) {
              const e = DomainError.notFound(what, where ?? undefined).body.message;
              push(n, code, { ...e, placeholders: [...what.placeholders, ...(where?.placeholders ?? [])] });
            }
          } else if (factory === 'validation') {
            fieldsOf(first, sf).forEach((f) => push(f.node, 'field', f.text));
            push(n, code, second ? textOf(second, sf) : { ...DomainError.validation([]).body.message, placeholders: [] });
          } else if (factory === 'forbidden' && !first) {
            push(n, code, { ...DomainError.forbidden().body.message, placeholders: [] });
          } else {
            push(n, code, first ? textOf(first, sf) : null);
            if (factory === 'rule') fieldsOf(third, sf).forEach((f) => push(f.node, 'field', f.text));
          }
        }
      }
      // a schema's field message: bilingual(vi, en)
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'bilingual' && n.arguments.length === 2) {
        const placeholders: string[] = [];
        const [vi, en] = n.arguments.map((a) => stringOf(a, placeholders));
        if (vi !== null && en !== null) push(n, 'field', { vi, en, placeholders });
      }
      // every text written for a person in both languages: the parts messages are built from, too
      if (ts.isObjectLiteralExpression(n) && prop(n, 'vi') && prop(n, 'en')) push(n, 'text', textOf(n, sf));
      if (ts.isObjectLiteralExpression(n)) {
        const code = prop(n, 'code');
        const message = prop(n, 'message');
        if (code && message && ts.isStringLiteral(code) && code.text in ERROR_STATUS) {
          push(message, code.text as ErrorCode, textOf(message, sf));
          fieldsOf(prop(n, 'fields'), sf).forEach((f) => push(f.node, 'field', f.text));
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

type Rendered = LocalizedText & { placeholders: string[] };

const prop = (o: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined => {
  for (const p of o.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
};

/** A string as a person reads it: literal parts kept, each `${expr}` shown as `«expr»`. */
function stringOf(e: ts.Expression | undefined, placeholders: string[]): string | null {
  if (!e) return null;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) {
    let s = e.head.text;
    for (const span of e.templateSpans) {
      placeholders.push(span.expression.getText());
      s += `«${span.expression.getText()}»${span.literal.text}`;
    }
    return s;
  }
  if (ts.isParenthesizedExpression(e)) return stringOf(e.expression, placeholders);
  return null;
}

/** `{ vi, en }` — as a literal, a `const` of the file, or what a small function of the file returns. */
function textOf(e: ts.Expression, sf: ts.SourceFile, depth = 0): Rendered | null {
  if (depth > 3) return null;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return textOf(e.expression, sf, depth);
  if (ts.isObjectLiteralExpression(e)) {
    const placeholders: string[] = [];
    const vi = stringOf(prop(e, 'vi'), placeholders);
    const en = stringOf(prop(e, 'en'), placeholders);
    return vi !== null && en !== null ? { vi, en, placeholders } : null;
  }
  const target = ts.isIdentifier(e) ? e.text : ts.isCallExpression(e) && ts.isIdentifier(e.expression) ? e.expression.text : null;
  if (!target) return null;
  const decl = declarationOf(target, sf);
  return decl ? textOf(decl, sf, depth + 1) : null;
}

/** The initializer of a top-level `const name = …`, or the object a top-level arrow/function `name` returns. */
function declarationOf(name: string, sf: ts.SourceFile): ts.Expression | null {
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || d.name.text !== name || !d.initializer) continue;
        const init = d.initializer;
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return returned(init.body);
        return init;
      }
    }
    if (ts.isFunctionDeclaration(st) && st.name?.text === name && st.body) return returned(st.body);
  }
  return null;
}

function returned(body: ts.ConciseBody): ts.Expression | null {
  if (!ts.isBlock(body)) return body;
  const ret = body.statements.find(ts.isReturnStatement);
  return ret?.expression ?? null;
}

/** The field errors written as literals: `[{ field, vi, en }]`. */
function fieldsOf(e: ts.Expression | undefined, sf: ts.SourceFile): { node: ts.Node; text: Rendered }[] {
  if (!e || !ts.isArrayLiteralExpression(e)) return [];
  return e.elements.flatMap((el) => {
    const text = ts.isObjectLiteralExpression(el) ? textOf(el, sf) : null;
    return text ? [{ node: el, text }] : [];
  });
}

// ── what a message must not be ─────────────────────────────────────────────────────────────────

/**
 * The same words twice in a row within a clause ("Không tìm thấy Không tìm thấy", "not found not
 * found"), from `minWords` words up: Vietnamese says one syllable twice on purpose ("đảng bộ bộ
 * phận", "… mới mới được xét"), so its check starts at two.
 */
export function doubledWords(s: string, minWords = 1): string | null {
  for (const clause of s.replace(/«[^»]*»/g, ' « ').split(/[,.;:!?()"“”–—]+/)) {
    const words = clause.split(/\s+/).filter(Boolean);
    for (let n = minWords; n <= 4; n++) {
      for (let i = 0; i + 2 * n <= words.length; i++) {
        const a = words.slice(i, i + n).join(' ').toLowerCase();
        const b = words.slice(i + n, i + 2 * n).join(' ').toLowerCase();
        if (a === b && /\p{L}/u.test(a)) return `${a} ${b}`;
      }
    }
  }
  return null;
}

/** An English message that says "not found" of something it already said there is no such of. */
export const doubledNegation = (en: string) => /\bno such\b.*\bnot found\b/i.test(en);

/**
 * An interpolated id (`${personId}`, `${cmd.orgId}`, `${e.id}`): a person reads a name, not a key.
 * A citizen ID (CCCD) is printed on the person's card, and a rule's id is its reference in the
 * rule catalogue, cited like a regulation number: theirs to read.
 */
export const rawIds = (placeholders: readonly string[]) => placeholders.filter((p) => /(^|\.)(id|[a-z][A-Za-z]*Id)$/.test(p) && !/(citizenId|ruleId)$/.test(p));

/** A text that is a key, not words: `snake_case`, `dotted.key`, `camelCase`. */
export const looksLikeKey = (s: string) => /^[a-z][a-z0-9]*([._][a-z0-9]+)+$/i.test(s.trim()) || /^[a-z]+[A-Z][A-Za-z]*$/.test(s.trim());

/** A Vietnamese text that is the English one: left untranslated. */
export const untranslated = (m: LocalizedText) => m.vi.trim() === m.en.trim() && /[a-z]{3}/i.test(m.vi) && !/«/.test(m.vi);
