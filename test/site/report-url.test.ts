import { describe, expect, it } from 'vitest';
import { reportUrl } from '../../src/lib/site/report-url.ts';

describe('REPORT_URL, where readers report an error', () => {
  it('is null when unset or blank', () => {
    expect(reportUrl({})).toBeNull();
    expect(reportUrl({ REPORT_URL: '  ' })).toBeNull();
  });

  it('takes an https:, http: or mailto: address', () => {
    expect(reportUrl({ REPORT_URL: 'https://code.example.org/reports/issues/new' })).toBe('https://code.example.org/reports/issues/new');
    expect(reportUrl({ REPORT_URL: ' http://intranet.example.gov.cn/feedback ' })).toBe('http://intranet.example.gov.cn/feedback');
    expect(reportUrl({ REPORT_URL: 'mailto:data@example.gov.cn' })).toBe('mailto:data@example.gov.cn');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'issues/new', 'ftp://example.org/', 'https://'])('refuses %s, naming the setting', (value) => {
    expect(() => reportUrl({ REPORT_URL: value })).toThrow(/^REPORT_URL: ".*" is not an https:, http: or mailto: address/u);
  });
});
