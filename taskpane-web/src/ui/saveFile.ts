/** Hands a fetched file to the browser's download, as a link with `download` would. */
export function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the file only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
