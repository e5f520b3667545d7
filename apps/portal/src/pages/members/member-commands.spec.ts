import { describe, expect, it } from '@jest/globals';
import { memberCommandLinks, transferOutOfBloc } from './member-commands';

const ID = '01a24e25-e297-76ba-a1fb-e755dae4624b';
const everything = () => true;
const keys = (status: Parameters<typeof memberCommandLinks>[0]['status'], hasCard?: boolean) =>
  memberCommandLinks({ id: ID, status }, everything, hasCard).map((l) => l.key);

describe('memberCommandLinks', () => {
  it('offers an official member a new card only when they hold none, a reissue only when they do', () => {
    expect(keys('official', false)).toContain('issueCard');
    expect(keys('official', false)).not.toContain('reissueCard');
    expect(keys('official', true)).toContain('reissueCard');
    expect(keys('official', true)).not.toContain('issueCard');
    expect(keys('official')).toEqual(expect.arrayContaining(['issueCard', 'reissueCard']));
  });

  it('offers the conversion only to a probationary member, and never a card', () => {
    expect(keys('probationary')).toContain('convert');
    expect(keys('probationary')).not.toContain('issueCard');
    expect(keys('official')).not.toContain('convert');
  });

  it('offers transfers and leaving to active members only', () => {
    for (const status of ['probationary', 'official'] as const) {
      expect(keys(status)).toEqual(expect.arrayContaining(['transferOut', 'transferInternal', 'exemption', 'strikeOff', 'leave', 'death']));
    }
    for (const status of ['masses', 'candidate', 'struckOff', 'left', 'died', 'expelled', 'removedFromProbation'] as const) {
      expect(keys(status)).toEqual([]);
    }
  });

  it('pre-fills the other areas’ commands with the person', () => {
    const links = memberCommandLinks({ id: ID, status: 'probationary' }, everything);
    expect(links.find((l) => l.key === 'convert')?.to).toBe(`/probation/${ID}/convert`);
    expect(links.find((l) => l.key === 'strikeOff')?.to).toBe(`/leaving/strike-off?personId=${ID}`);
    expect(links.find((l) => l.key === 'strikeOff')?.destructive).toBe(true);
  });

  it('shows nothing a read-only role may not do', () => {
    expect(memberCommandLinks({ id: ID, status: 'official' }, (p) => p !== 'members:write')).toEqual([]);
  });
});

describe('transferOutOfBloc', () => {
  const out = { kind: 'out', departedOn: '2023-08-29', effectiveOn: '2023-08-29' };
  const back = { kind: 'in', departedOn: '2024-01-02', effectiveOn: '2024-02-01' };
  it('finds the transfer that took the person out of the bloc', () => {
    expect(transferOutOfBloc([out])).toBe(out);
    expect(transferOutOfBloc([{ kind: 'internal', departedOn: '2020-01-01', effectiveOn: '2020-02-01' }, out])).toBe(out);
  });
  it('is null once they came back, or never left', () => {
    expect(transferOutOfBloc([back, out])).toBeNull();
    expect(transferOutOfBloc([])).toBeNull();
    expect(transferOutOfBloc([{ kind: 'temporary', departedOn: '2024-03-01', effectiveOn: null }])).toBeNull();
  });
});
