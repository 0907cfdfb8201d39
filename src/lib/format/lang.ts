/** The site's two languages, and a text given in both. Shared by the site, the charts and search. */
export type Lang = 'zh' | 'en';

/** A text in both languages; prepared data carries both so one preparation serves both pages. */
export interface Texts {
  zh: string;
  en: string;
}
