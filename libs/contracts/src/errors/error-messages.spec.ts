import { join } from 'node:path';
import { DomainError, ERROR_STATUS, ErrorCode } from './domain-error';
import { doubledNegation, doubledWords, looksLikeKey, rawIds, renderedMessages, sourceFiles, untranslated } from './error-messages.spec-helpers';

/**
 * Every error message reads well in both languages: each one the services, the gateway and the
 * libraries can build (found in their source, rendered as a person reads it) has no word said
 * twice, names no one by a raw id and is words, not a key left untranslated.
 */
const ROOT = join(__dirname, '../../../..');
const messages = renderedMessages(ROOT, sourceFiles(ROOT, ['apps', 'libs']).filter((f) => !f.includes('/apps/portal/')));
const list = (found: { at: string; vi: string; en: string }[]) => found.map((m) => `${m.at}: ${m.vi} / ${m.en}`);

it('finds the messages of every error code, in both languages', () => {
  expect(messages.filter((m) => m.code !== 'text').length).toBeGreaterThan(150);
  const codes = new Set(messages.map((m) => m.code));
  expect((Object.keys(ERROR_STATUS) as ErrorCode[]).filter((c) => !codes.has(c))).toEqual([]);
  // a part may be empty in both ("" when a clause is absent), never in one language only
  expect(list(messages.filter((m) => !m.vi.trim() !== !m.en.trim()))).toEqual([]);
});

it('says no word twice, and no "not found" of what it already says there is no such of', () => {
  expect(list(messages.filter((m) => doubledWords(m.vi, 2) || doubledWords(m.en) || doubledNegation(m.en)))).toEqual([]);
});

it('names people and organizations, never by a raw id', () => {
  expect(messages.filter((m) => rawIds(m.placeholders).length).map((m) => `${m.at}: ${rawIds(m.placeholders).join(', ')}`)).toEqual([]);
});

it('is words in each language, not keys left untranslated', () => {
  expect(list(messages.filter((m) => looksLikeKey(m.vi) || looksLikeKey(m.en) || untranslated(m)))).toEqual([]);
});

describe('the rules themselves', () => {
  it('refuse the report’s old 404 and accept its new one', () => {
    const old = DomainError.notFound({ vi: 'Không tìm thấy tổ chức đảng tại ngày báo cáo', en: 'No such organization by the report date' }).body.message;
    expect(doubledWords(old.vi, 2)).toBe('không tìm thấy không tìm thấy');
    expect(doubledNegation(old.en)).toBe(true);
    const now = DomainError.notFound({ vi: 'tổ chức đảng', en: 'Party organization' }, { vi: 'tại ngày báo cáo', en: 'on the report date' }).body.message;
    expect(now).toEqual({ vi: 'Không tìm thấy tổ chức đảng tại ngày báo cáo', en: 'Party organization not found on the report date' });
    expect(doubledWords(now.vi, 2) ?? doubledWords(now.en)).toBeNull();
    expect(doubledWords('Đảng bộ bộ phận', 2)).toBeNull();
    expect(doubledWords('chưa được cấp thẻ; thẻ đảng viên')).toBeNull();
  });

  it('see ids and keys', () => {
    expect(rawIds(['cmd.personId', 'e.id', 'q.orgId', 'name', 'org.name', 'ids.length', 'input.citizenId'])).toEqual(['cmd.personId', 'e.id', 'q.orgId']);
    expect([looksLikeKey('org_not_found'), looksLikeKey('errors.notFound'), looksLikeKey('Lớp học'), looksLikeKey('Class')]).toEqual([true, true, false, false]);
    expect(untranslated({ vi: 'Class', en: 'Class' })).toBe(true);
  });
});
