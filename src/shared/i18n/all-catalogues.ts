import type { Catalogue } from './catalogue.ts';
import { ky } from './catalogues/ky.ts';
import type { Lang } from './languages.ts';
import { ru } from './catalogues/ru.ts';

/**
 * Every edition's strings at once, for code that runs at build time only (page heads, feeds).
 * The browser's code loads one edition's strings at a time through `catalogues.ts`.
 */
export const CATALOGUES: Record<Lang, Catalogue> = { ru, ky };
