/** The address a fake fetch was called with, whichever of the three forms fetch accepts. */
export function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}
