// What other features use of reports: the figures block (campaign analytics) and the pickers and periods (the Excel
// pane's reports card).
export { CampaignPicker } from './CampaignPicker';
export { PeriodPicker } from './PeriodPicker';
export { describePeriod, periodProblem, quickPeriod, todayIso } from './periods';
export { ReportFigures } from './ReportFigures';
