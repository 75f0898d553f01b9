/** The service's default STEWARD_UPLOAD_MAX_FILE_SIZE; larger files are refused before they are sent. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx', '.xls', '.ods', '.vcf'];

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Why a file cannot be uploaded, in words; null when it may be. */
export function fileRefusal(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return `“${file.name}” is not a file Steward can import. Choose a .csv, .xlsx, .xls, .ods (LibreOffice) or .vcf (vCard) file.`;
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return `“${file.name}” is ${megabytes(file.size)}; Steward accepts files up to 100 MB. Split it, or save it as CSV, which is smaller.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}
