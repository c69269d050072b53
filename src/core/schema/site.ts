/** Site settings, from content/site.yaml. */
import { z } from 'zod';
import { httpUrlField, textField } from './fields.ts';
import { LANGUAGE_PATTERN } from './translation.ts';

/** Editing in the browser (/admin/) on the published site: which repository the CMS commits to. */
const cmsSettings = z.strictObject({
  backend: z.enum(['github', 'gitlab', 'gitea']).default('github'),
  /** owner/name of the repository, e.g. newsroom/ukraine-timeline. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'expected owner/name, such as newsroom/timeline' }),
  branch: textField.default('main'),
  /** Drafts and reviews as pull requests before anything is published. */
  editorialWorkflow: z.boolean().default(false),
});

const languageTag = z.string().regex(LANGUAGE_PATTERN, { error: 'expected a language tag such as en, en-GB or uk' });

export const siteSchema = z.strictObject({
  title: textField,
  description: textField,
  /**
   * BCP 47 language of the site: sets <html lang>, the UI strings and how dates are written (en-GB: 19 January 2025).
   */
  language: languageTag.default('en'),
  /** Other languages entries are translated into; each has its pages under /<language>/ (e.g. [uk]). */
  translations: z.array(languageTag.transform((tag) => tag.toLowerCase())).default([]),
  /** The address the site is published at, for canonical links and feeds. */
  url: httpUrlField.optional(),
  /** How many of the latest entries the home page shows before pointing to the year pages. */
  homeEntries: z.number().int().min(1).max(500).default(50),
  /** How many days a source's address must have been seen dead (by `npm run sources`) before `check` warns of it. */
  deadLinkDays: z.number().int().min(0).max(3650).default(7),
  cms: cmsSettings.optional(),
});

export type Site = z.output<typeof siteSchema>;
