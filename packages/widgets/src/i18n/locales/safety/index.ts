/** The emergency notice's and the quick exit's strings as a locale resource of their own: only a page with the quick exit, the finder or the form loads them. */
import type { LocaleResource } from '../index.js';
import { safetyEn } from './en.js';
import { safetyLoaders } from './loaders.js';

export type SafetyStrings = typeof safetyEn;

export const safetyStrings: LocaleResource<SafetyStrings> = { english: safetyEn, loaders: safetyLoaders };
