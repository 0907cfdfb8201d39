/**
 * Every interface string of the site, in Chinese and English. The Chinese table is the
 * reference: `en` must have the same keys with the same shapes, so a missing or misspelt key
 * is a type error. Report content (titles, duties, indicator names …) is data, not interface:
 * its English comes from the data's `_en` fields, shown by src/components/Translated.astro.
 */
import { en } from './messages/en.ts';
import { zh, type Messages } from './messages/zh.ts';
import type { Lang } from '../format/lang.ts';

export type { Messages };

export type { Lang } from '../format/lang.ts';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };


const MESSAGES: Record<Lang, Messages> = { zh, en };

/** The interface strings of one language. */
export function t(lang: Lang): Messages {
  return MESSAGES[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
