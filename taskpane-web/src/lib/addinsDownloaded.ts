/** Set when an admin downloads a manifest (Admin → Add-ins); Steward cannot see Office from the dashboard. */
const KEY = 'steward.addinsDownloaded';

/** Remembers, in this browser, that the add-in manifests were downloaded (a first step on the dashboard). */
export function markAddinsDownloaded(): void {
  window.localStorage.setItem(KEY, 'yes');
}

/** Whether this browser downloaded the add-in manifests. */
export function addinsDownloaded(): boolean {
  return window.localStorage.getItem(KEY) === 'yes';
}
