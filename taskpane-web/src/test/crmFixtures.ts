import type {
  Campaign,
  CampaignReport,
  ContactSummary,
  DashboardReport,
  Definitions,
  Member,
  PortfolioReport,
  Results,
} from '../api';

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
    members: {
      total: 2,
      pending: 2,
      responded: 0,
      converted: 0,
      notInterested: 0,
      responseRate: null,
      conversionRate: null,
    },
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

/** The service's definitions, as it sends them under `definitions`. */
export const DEFINITIONS: Definitions = {
  responded: 'A member responded when their status is responded, converted or not interested.',
  responseRate: 'Response rate = responded / members of campaigns that were sent.',
  conversionRate: 'Conversion rate = converted / members of campaigns that were sent.',
  drafts: 'Draft campaigns are counted apart and never in a rate.',
  daysToResponse: "Days to response = response date − the campaign's send date, in whole days.",
};

/** A slice's results with its rates, as the service computes them. */
export function results(members: number, responded: number, converted: number, notInterested = 0): Results {
  const rate = (n: number) => (members === 0 ? 0 : Math.round((n / members) * 10000) / 10000);
  return {
    members,
    pending: members - responded,
    responded,
    converted,
    notInterested,
    responseRate: rate(responded),
    conversionRate: rate(converted),
  };
}

export const DASHBOARD: DashboardReport = {
  contactsByType: { individual: 120, business: 30, estate: 4 },
  campaignsByStatus: { draft: 1, sent: 2, completed: 3 },
  totals: { members: 200, responded: 50, converted: 20, notInterested: 10, pending: 150 },
  drafts: { members: 12, responded: 0, converted: 0, notInterested: 0, pending: 12 },
  responseRate: 0.25,
  conversionRate: 0.1,
  timeToResponse: {
    responses: 50,
    median: 4,
    lowerQuartile: 2,
    upperQuartile: 9.5,
    histogram: [
      { days: '0', responses: 5 },
      { days: '1', responses: 10 },
    ],
  },
  recentResponses: [
    {
      contactId: 'c1',
      contactName: 'Jane Doe',
      campaignId: 'k1',
      campaignName: 'Spring letter',
      status: 'converted',
      responseDate: '2026-03-04T10:00:00Z',
    },
  ],
  resultsByChannel: { email: results(120, 30, 12), mail: results(80, 20, 8) },
  resultsByContactType: { individual: results(150, 40, 15) },
  responsesPerWeek: { '2026-02-23': 3, '2026-03-02': 7 },
  definitions: DEFINITIONS,
};

/** A sent campaign of 8 members: 2 pending, 6 responded (of which 2 converted and 1 not interested). */
export function campaignReport(overrides: Partial<CampaignReport> = {}): CampaignReport {
  return {
    campaignId: 'k2',
    name: 'Summer calls',
    channel: 'phone',
    status: 'sent',
    sendDate: '2026-03-02',
    countedInRates: true,
    figures: {
      total: 8,
      pending: 2,
      responded: 6,
      converted: 2,
      notInterested: 1,
      responseRate: 0.75,
      conversionRate: 0.25,
    },
    membersByStatus: { pending: 2, responded: 3, converted: 2, not_interested: 1 },
    responseRate: 0.75,
    conversionRate: 0.25,
    medianDaysToResponse: 3,
    timeToResponse: {
      responses: 6,
      median: 3,
      lowerQuartile: 1.5,
      upperQuartile: 6.5,
      histogram: [
        { days: '0', responses: 1 },
        { days: '1', responses: 1 },
        { days: '2', responses: 0 },
        { days: '3', responses: 2 },
        { days: '4', responses: 0 },
        { days: '5', responses: 0 },
        { days: '6', responses: 1 },
        { days: '7', responses: 1 },
      ],
    },
    responsesPerWeek: { '2026-03-02': 4, '2026-03-09': 2 },
    resultsByContactType: { individual: results(6, 5, 2, 1), business: results(2, 1, 0), estate: results(0, 0, 0) },
    resultsByChannel: { phone: results(8, 6, 2, 1) },
    definitions: DEFINITIONS,
    ...overrides,
  };
}

/** A draft campaign: counted apart, without rates. */
export function draftReport(): CampaignReport {
  return campaignReport({
    campaignId: 'k1',
    name: 'Spring letter',
    channel: 'mail',
    status: 'draft',
    sendDate: null,
    countedInRates: false,
    figures: {
      total: 2,
      pending: 1,
      responded: 1,
      converted: 0,
      notInterested: 0,
      responseRate: null,
      conversionRate: null,
    },
    membersByStatus: { pending: 1, responded: 1, converted: 0, not_interested: 0 },
    responseRate: null,
    conversionRate: null,
    medianDaysToResponse: null,
    timeToResponse: { responses: 0, median: null, lowerQuartile: null, upperQuartile: null, histogram: [] },
    responsesPerWeek: {},
  });
}

/** The first quarter of 2026: the sent campaign and a draft. */
export const PORTFOLIO: PortfolioReport = {
  from: '2026-01-01',
  to: '2026-03-31',
  campaigns: [
    {
      id: 'k2',
      name: 'Summer calls',
      channel: 'phone',
      status: 'sent',
      sendDate: '2026-03-02',
      figures: campaignReport().figures,
      medianDaysToResponse: 3,
    },
    {
      id: 'k1',
      name: 'Spring letter',
      channel: 'mail',
      status: 'draft',
      sendDate: null,
      figures: draftReport().figures,
      medianDaysToResponse: null,
    },
  ],
  campaignsSent: 1,
  draftCampaigns: 1,
  sent: campaignReport().figures,
  drafts: draftReport().figures,
  timeToResponse: campaignReport().timeToResponse,
  resultsByChannel: { email: results(0, 0, 0), phone: results(8, 6, 2, 1), mail: results(0, 0, 0) },
  resultsByContactType: campaignReport().resultsByContactType,
  responsesPerWeek: campaignReport().responsesPerWeek,
  definitions: DEFINITIONS,
};
