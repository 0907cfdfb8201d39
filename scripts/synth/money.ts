/**
 * Exact arithmetic for synthetic figures: amounts are whole fen-of-万元 (hundredths of 10,000
 * yuan, "cents" below), rates are hundredths of a percent, so every printed figure agrees with
 * what the data build computes (big.js, half-up) unless a report is meant to disagree.
 */

/** 527833 → "5,278.33" (commas) or "5278.33". Non-negative amounts only. */
export function formatCents(cents: number, commas = false): string {
  if (!Number.isInteger(cents) || cents < 0) throw new Error(`formatCents: ${cents}`);
  const whole = String(Math.floor(cents / 100));
  const frac = String(cents % 100).padStart(2, '0');
  return `${commas ? whole.replace(/\B(?=(\d{3})+$)/gu, ',') : whole}.${frac}`;
}

/** a ÷ b × 100 in hundredths of a percent, rounded half-up (as big.js roundHalfUp does). */
export function rateHundredths(a: number, b: number): number {
  if (b <= 0 || a < 0) throw new Error(`rateHundredths: ${a} / ${b}`);
  return Math.floor((a * 10000 * 2 + b) / (2 * b));
}

/** The same rate truncated instead of rounded (a mistake real reports make). */
export function rateHundredthsTruncated(a: number, b: number): number {
  return Math.floor((a * 10000) / b);
}

/** 9824 → "98.24" */
export function formatHundredths(h: number): string {
  const sign = h < 0 ? '-' : '';
  const v = Math.abs(h);
  return `${sign}${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}

/** Full-width digits and point, as some PDFs print them ("９６.０５"). */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
