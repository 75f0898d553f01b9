import type { Definitions, MemberCounts, TimeToResponse } from '../../api';
import { formatCount } from '../../ui/format';
import { Figures, type Figure } from '../../ui/Figures';
import { DefinedTerm, formatRate } from '../../ui/DefinedTerm';

export interface ReportFiguresProps {
  label: string;
  counts: MemberCounts;
  time: TimeToResponse;
  definitions: Definitions;
  /** True for a draft campaign: no rates, and the drafts rule explains why. */
  draft?: boolean;
}

// The service leaves out null fields, so a missing figure arrives as undefined.
const days = (value: number | null | undefined) => (value == null ? '—' : String(value));

/** The members, responses, rates and days to response of a report, each rate with its definition. */
export function ReportFigures({ label, counts, time, definitions, draft = false }: ReportFiguresProps) {
  const rateNote = (rule: string) => (draft ? definitions.drafts : rule);
  const figures: Figure[] = [
    ['Members', formatCount(counts.total)],
    ['Responded', formatCount(counts.responded), definitions.responded],
    ['Converted', formatCount(counts.converted)],
    ['Response rate', formatRate(counts.responseRate), rateNote(definitions.responseRate)],
    ['Conversion rate', formatRate(counts.conversionRate), rateNote(definitions.conversionRate)],
    ['Median days to response', days(time.median), definitions.daysToResponse],
    [
      'Quartiles (days)',
      time.lowerQuartile === null || time.upperQuartile === null ? '—' : `${time.lowerQuartile}–${time.upperQuartile}`,
      `A quarter of the ${formatCount(time.responses)} responses came within the first number of days, three quarters within the second. ${definitions.daysToResponse}`,
    ],
  ];
  return <Figures label={label} figures={figures} Term={DefinedTerm} />;
}
