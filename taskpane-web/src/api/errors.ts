/** An RFC 9457 problem as the service sends it, with Steward's extensions. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** Every failed call of the API client, in words a person can read. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** Field name → what is wrong with it (from a 422's `errors`, or a 409 naming one field). */
  readonly errors: Readonly<Record<string, string>>;
  /** Field name → each thing wrong with it, one sentence each (a password can break two rules). */
  readonly fieldMessages: Readonly<Record<string, readonly string[]>>;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    const detail = problem.detail ?? problem.title ?? fallbackDetail(status);
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.title = problem.title ?? '';
    this.detail = detail;
    this.problem = problem;
    this.errors = fieldErrors(problem);
    this.fieldMessages = Object.fromEntries(
      Object.keys(this.errors).map((field) => [
        field,
        (problem.errors ?? []).filter((e) => e?.field?.replace(/\[\d+\]$/, '') === field).map((e) => e.message),
      ]),
    );
    if (typeof problem.field === 'string' && problem.detail)
      this.fieldMessages = { ...this.fieldMessages, [problem.field]: [problem.detail] };
  }

  /** True when the service asks for a TOTP or recovery code to finish signing in. */
  get mfaRequired(): boolean {
    return this.status === 401 && this.problem.mfaRequired === true;
  }

  /** The version now stored, when a write was refused as stale (409). */
  get currentVersion(): number | undefined {
    const value = this.problem.currentVersion;
    return typeof value === 'number' ? value : undefined;
  }

  get isNetworkFailure(): boolean {
    return this.status === 0;
  }
}

function fieldErrors(problem: ProblemDetails): Record<string, string> {
  const result: Record<string, string> = {};
  if (Array.isArray(problem.errors)) {
    for (const error of problem.errors) {
      if (error && typeof error.field === 'string') {
        const field = error.field.replace(/\[\d+\]$/, '');
        result[field] = result[field] ? `${result[field]}; ${error.message}` : error.message;
      }
    }
  }
  if (typeof problem.field === 'string' && problem.detail) {
    result[problem.field] = problem.detail;
  }
  return result;
}

export function fallbackDetail(status: number): string {
  if (status === 0) return 'Steward cannot be reached. Check your connection, then try again.';
  if (status === 401) return 'Please sign in.';
  if (status === 403) return 'Your role does not allow this.';
  if (status === 404) return 'That record no longer exists.';
  if (status === 409) return 'This was changed by someone else. Reload it, then try again.';
  if (status === 413) return 'The file is larger than Steward accepts.';
  if (status === 429) return 'Too many requests just now. Wait a moment, then try again.';
  if (status >= 500) return 'Steward had a problem on its side. Try again in a moment.';
  return `The request failed (${status}).`;
}

/** Reads a failed response as problem details, whatever its body is. */
export async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') problem = body as ProblemDetails;
    } catch {
      problem = {};
    }
  }
  if (response.status === 429 && !problem.detail) {
    const retry = response.headers.get('Retry-After');
    if (retry) problem.detail = `Too many requests just now. Try again in ${retry} seconds.`;
  }
  return new ApiError(response.status, problem);
}

/** Any thrown value as a sentence for a MessageBar. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}
