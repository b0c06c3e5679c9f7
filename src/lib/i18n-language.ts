/** The language the API should answer in. Kept apart from i18n setup so the API layer stays light. */
export type Language = 'en' | 'ja';
export const LANGUAGES: readonly Language[] = ['en', 'ja'];

let language: Language = 'en';

export const currentLanguage = (): Language => language;
export const setCurrentLanguage = (next: Language) => {
  language = next;
};
export const toLanguage = (value: string | undefined | null): Language =>
  value?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
