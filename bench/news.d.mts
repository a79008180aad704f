/** Types of news.mjs (plain JavaScript so bench/instructions.mjs can run it without tsx). */
/** A document of about `bytes` characters in `lang`. */
export function newsDocument(lang: 'en' | 'es', bytes: number): string
