import { DomainError } from '@party/contracts';
import { RuleNotInForceError } from '@party/rules';
import { z } from 'zod';
import { toErrorBody } from './rpc-error.filter';

describe('toErrorBody', () => {
  it('answers a date no version of a regulation covers with a 422-kind rule error naming the rule and the date', () => {
    const body = toErrorBody(new RuleNotInForceError('badges.award', '2013-09-02'));
    expect(body.code).toBe('rule_violation');
    expect(body.message.vi).toContain('badges.award');
    expect(body.message.en).toContain('2013-09-02');
  });

  it('keeps domain errors, turns zod errors into field errors, hides anything else', () => {
    expect(toErrorBody(DomainError.notFound({ vi: 'lớp học', en: 'Class' })).code).toBe('not_found');
    const zod = z.object({ a: z.string() }).safeParse({});
    expect(toErrorBody(zod.error).fields?.[0].field).toBe('a');
    const hidden = toErrorBody(new Error('select * from secrets'));
    expect(hidden.code).toBe('internal');
    expect(JSON.stringify(hidden)).not.toContain('secrets');
  });
});
