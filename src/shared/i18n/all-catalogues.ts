import type { Catalogue, PublishedStrings } from './catalogue.ts';
import { ky, kyPublished } from './catalogues/ky.ts';
import type { Lang } from './languages.ts';
import { ru, ruPublished } from './catalogues/ru.ts';

/**
 * Every edition's strings at once, for code that runs at build time only (page heads, feeds).
 * The browser's code loads one edition's strings at a time through `catalogues.ts`.
 */
export const CATALOGUES: Record<Lang, Catalogue> = { ru, ky };

/** Each edition's strings that only the build writes out (page heads, RSS, manifests). */
export const PUBLISHED: Record<Lang, PublishedStrings> = { ru: ruPublished, ky: kyPublished };
