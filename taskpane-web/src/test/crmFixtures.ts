import type { Campaign, ContactSummary, DashboardReport, Member } from '../api';

export function person(n: number, overrides: Partial<ContactSummary> = {}): ContactSummary {
  return {
    id: `c${n}`,
    type: 'individual',
    displayName: `Person ${n}`,
    email: `p${n}@example.com`,
    tags: [],
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
    ...overrides,
  };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'k1',
    name: 'Spring letter',
    channel: 'mail',
    sendDate: '2026-03-01',
    status: 'draft',
    members: { total: 2, pending: 2, responded: 0, converted: 0, notInterested: 0 },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function member(n: number, overrides: Partial<Member> = {}): Member {
  return {
    contact: person(n),
    status: 'pending',
    addedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 0,
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length) {
  return { items, page: 0, size: 25, totalElements: total, totalPages: Math.ceil(total / 25), totalCapped: false };
}

export const DASHBOARD: DashboardReport = {
  contactsByType: { individual: 120, business: 30, estate: 4 },
  campaignsByStatus: { draft: 1, sent: 2, completed: 3 },
  totals: { members: 200, responded: 50, converted: 20, notInterested: 10, pending: 150 },
  responseRate: 0.25,
  conversionRate: 0.1,
  recentResponses: [
    { contactId: 'c1', contactName: 'Jane Doe', campaignId: 'k1', campaignName: 'Spring letter', status: 'converted', responseDate: '2026-03-04T10:00:00Z' },
  ],
  resultsByChannel: { email: { members: 120, responded: 30, converted: 12 }, mail: { members: 80, responded: 20, converted: 8 } },
  resultsByContactType: { individual: { members: 150, responded: 40, converted: 15 } },
  responsesPerWeek: { '2026-02-23': 3, '2026-03-02': 7 },
};
