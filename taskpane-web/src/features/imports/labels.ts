import type {
  CustomFieldDefinition,
  FieldProblem,
  ImportAction,
  ImportField,
  ImportJob,
  ImportPolicy,
  ImportStatus,
} from '../../api';

export const FIELD_LABELS: Record<ImportField, string> = {
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  fullName: 'Full name (split)',
  namePrefix: 'Name prefix',
  nameSuffix: 'Name suffix',
  companyName: 'Company',
  jobTitle: 'Job title',
  email: 'Email',
  phone: 'Phone',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'City',
  region: 'Region / state',
  postalCode: 'Postal code',
  country: 'Country',
  notes: 'Notes',
  tags: 'Tags',
  type: 'Contact type',
  stewardId: 'Steward ID',
  externalId: 'Record id of another CRM',
  customField: 'Custom field',
  ignore: 'Ignore this column',
};

export const ACTION_LABELS: Record<ImportAction, string> = {
  create: 'New',
  update: 'Update',
  unchanged: 'Unchanged',
  skip: 'Skip',
  reject: 'Rejected',
};

export const ACTION_BADGE: Record<ImportAction, 'success' | 'brand' | 'informative' | 'subtle' | 'danger'> = {
  create: 'success',
  update: 'brand',
  unchanged: 'informative',
  skip: 'subtle',
  reject: 'danger',
};

export const POLICY_LABELS: Record<ImportPolicy, { label: string; hint: string }> = {
  update: { label: 'Update them', hint: 'Fill blanks; never replace a value with an empty cell.' },
  skip: { label: 'Skip them', hint: 'Leave contacts that are already in Steward as they are.' },
  create: { label: 'Create anyway', hint: 'Add a new contact even when one matches.' },
};

export const STATUS_LABELS: Record<ImportStatus, string> = {
  receiving: 'Receiving rows',
  ready: 'Ready to commit',
  committing: 'Committing',
  committed: 'Committed',
  failed: 'Failed',
  undone: 'Undone',
};

export const STATUS_BADGE: Record<ImportStatus, 'informative' | 'brand' | 'success' | 'danger' | 'subtle'> = {
  receiving: 'informative',
  ready: 'brand',
  committing: 'brand',
  committed: 'success',
  failed: 'danger',
  undone: 'subtle',
};

/** A preview value's key ("customFields.date_of_death", "email") as a person reads it. */
export function fieldLabel(key: string, customFields: CustomFieldDefinition[] = []): string {
  if (key.startsWith('customFields.')) {
    const custom = key.slice('customFields.'.length);
    return customFields.find((definition) => definition.key === custom)?.label ?? custom;
  }
  return FIELD_LABELS[key as ImportField] ?? key;
}

/** What the job is called in lists and headings. */
export function jobTitle(job: Pick<ImportJob, 'fileName' | 'sheetName'>): string {
  return job.fileName ?? job.sheetName ?? 'Untitled import';
}

// Messages that continue the field's name ("is not a valid email address"); others are sentences of their own.
const PREDICATE = /^(is|are|must|has|have|cannot|does)\b/;

/** A row's problem as a sentence: "Email is not a valid email address", "The row has no name and no company". */
export function problemText(problem: FieldProblem, customFields: CustomFieldDefinition[] = []): string {
  if (problem.field !== 'row' && PREDICATE.test(problem.message))
    return `${fieldLabel(problem.field, customFields)} ${problem.message}`;
  return problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
}

/** A rejected row's reason ("email: is not a valid email address", one problem a line) as sentences. */
export function reasonLines(reason: string, customFields: CustomFieldDefinition[] = []): string[] {
  return reason
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const colon = line.indexOf(': ');
      const problem =
        colon < 0 ? { field: 'row', message: line } : { field: line.slice(0, colon), message: line.slice(colon + 2) };
      return problemText(problem, customFields);
    });
}
