/** The content model's schemas and closed lists, in one import. */
export * from './entry.ts';
export * from './records.ts';
export * from './site.ts';
export * from './source.ts';
export * from './translation.ts';
export * from './vocabulary.ts';
