import type { Catalogue } from './catalogue.ts';
import type { Lang } from './languages.ts';
import { ky } from './catalogues/ky.ts';
import { ru } from './catalogues/ru.ts';

export const CATALOGUES: Record<Lang, Catalogue> = { ru, ky };
