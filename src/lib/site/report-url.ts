/**
 * Where readers report an error in the data: the `REPORT_URL` setting of the build
 * (docs/hosting.md), an https:, http: or mailto: address. Read at build time only.
 */
export const REPORT_URL_VARIABLE = 'REPORT_URL';

/** The configured address, checked; null when none is set. A value that is not such an address throws. */
export function reportUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const raw = env[REPORT_URL_VARIABLE]?.trim();
  if (!raw) return null;
  const problem = `${REPORT_URL_VARIABLE}: "${raw}" is not an https:, http: or mailto: address (docs/hosting.md)`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(problem);
  }
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol) || (url.protocol !== 'mailto:' && !url.hostname)) throw new Error(problem);
  return url.href;
}
