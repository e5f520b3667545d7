import { describe, expect, it } from '@jest/globals';
import { eventDetails, eventKey } from './timeline-events';

describe('eventKey', () => {
  it('drops the service', () => {
    expect(eventKey('membership.member.admitted')).toBe('member.admitted');
    expect(eventKey('membership.organization.handedOver')).toBe('organization.handedOver');
  });
});

describe('eventDetails', () => {
  it('names the card, the badge and the decision an event records', () => {
    expect(eventDetails({ type: 'membership.card.reissued', data: { cardNumber: '010108225', decisionNumber: '12-QĐ/ĐU' } })).toEqual([
      { key: 'card', values: { number: '010108225' } },
      { key: 'decision', values: { number: '12-QĐ/ĐU' } },
    ]);
    expect(eventDetails({ type: 'membership.badge.awarded', data: { level: 30, decisionNumber: '202305-QĐ/TU' } })[0]).toEqual({ key: 'badge', values: { level: 30 } });
  });

  it('says where a transfer went and which identity fields a correction changed', () => {
    expect(eventDetails({ type: 'membership.transfer.departed', data: { toCommittee: 'Đảng bộ quận Cầu Giấy' } })).toEqual([{ key: 'toCommittee', values: { name: 'Đảng bộ quận Cầu Giấy' } }]);
    expect(eventDetails({ type: 'membership.person.corrected', data: { changed: ['fullName', 'dateOfBirth'], approvalDecisionNumber: '5-QĐ' } })).toEqual([
      { key: 'corrected', values: { fields: ['fullName', 'dateOfBirth'] } },
      { key: 'decision', values: { number: '5-QĐ' } },
    ]);
  });

  it('adds nothing for an event without such facts, or with no data', () => {
    expect(eventDetails({ type: 'membership.person.recorded', data: { fullName: 'X', decisionNumber: null } })).toEqual([]);
    expect(eventDetails({ type: 'membership.member.died', data: undefined })).toEqual([]);
  });
});
