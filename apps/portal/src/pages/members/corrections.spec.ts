import { describe, expect, it } from '@jest/globals';
import { changedValues, contentFromLines, linesFromContent } from './corrections';

describe('changedValues', () => {
  it('keeps only the fields that differ from the record', () => {
    const current = { fullName: 'Bùi Anh Hiếu', dateOfBirth: '1994-05-02', hometown: 'Hà Nội' };
    expect(changedValues(current, { fullName: 'Bùi Anh Hiếu', dateOfBirth: '1994-05-20', hometown: 'Hà Nội' })).toEqual({ dateOfBirth: '1994-05-20' });
  });

  it('never sends a field emptied in the form (a correction does not erase)', () => {
    expect(changedValues({ hometown: 'Hà Nội' }, { hometown: '' })).toEqual({});
    expect(changedValues({ hometown: 'Hà Nội' }, { hometown: undefined })).toEqual({});
  });

  it('compares a document’s content by value', () => {
    expect(changedValues({ content: { a: '1' } }, { content: { a: '1' } })).toEqual({});
    expect(changedValues({ content: { a: '1' } }, { content: { a: '2' } })).toEqual({ content: { a: '2' } });
  });
});

describe('content lines', () => {
  it('round-trips a document’s items and drops unnamed lines', () => {
    const content = { 'Quê quán': 'Nghệ An', 'Số con': 2 };
    expect(linesFromContent(content)).toEqual([
      { key: 'Quê quán', value: 'Nghệ An' },
      { key: 'Số con', value: '2' },
    ]);
    expect(contentFromLines([{ key: ' Quê quán ', value: ' Nghệ An ' }, { key: '', value: 'x' }, {}])).toEqual({ 'Quê quán': 'Nghệ An' });
  });
});
