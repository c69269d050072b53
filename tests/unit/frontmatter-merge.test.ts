/** What the CMS saves of an entry is written into the file it came from: only what changed changes. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedFile, freshEntryFile, mergeIntoEntryFile, readEntryFile } from '../../src/core/cms/frontmatter-merge.ts';
import { readMarkdown } from '../../src/core/read.ts';
import { PROJECT } from '../helpers/trees.ts';

const ENTRY = `---
# Checked against the transcript, 20 January.
title: Kellogg revises the deadline # was "24 hours"
date: 2025-01-20
threads: [peace-plan]
sources:
  - outlet: Example Gazette # the print edition
    url: https://example.org/a
---
The envoy said [[pledge]] would take *100 days*.
`;

const entriesFolder = path.join(PROJECT, 'content/entries');
const sampleEntries = readdirSync(entriesFolder, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(path.join(entriesFolder, name), 'utf8'));

describe('an entry saved by the CMS', () => {
  it('is read as the site reads it: the same fields, the same body', () => {
    for (const text of sampleEntries) {
      const site = readMarkdown('entry.md', text);
      expect(readEntryFile(text)).toEqual({ ...(site.data as object), body: site.body });
    }
  });

  it('is written back byte for byte when nothing changed', () => {
    for (const text of [ENTRY, ...sampleEntries]) expect(mergeIntoEntryFile(text, readEntryFile(text))).toBe(text);
  });

  it('changes only the edited field, keeping every comment and the body', () => {
    const data = readEntryFile(ENTRY);
    const after = mergeIntoEntryFile(ENTRY, { ...data, title: 'Kellogg revises the deadline to 100 days' });
    expect(after).toBe(ENTRY.replace('the deadline #', 'the deadline to 100 days #'));
  });

  it('writes a new or removed field and a new body where they belong', () => {
    const { threads, ...data } = readEntryFile(ENTRY);
    expect(threads).toEqual(['peace-plan']);
    const after = mergeIntoEntryFile(ENTRY, { ...data, kind: 'statement', body: 'Rewritten.\n' });
    expect(after).toContain('# Checked against the transcript, 20 January.\n');
    expect(after).toContain('  - outlet: Example Gazette # the print edition\n');
    expect(after).not.toContain('threads:');
    expect(after).toMatch(/\nkind: statement\n---\nRewritten\.\n$/);
  });

  it('is written anew, fields in the form order, when it is a new entry', () => {
    const text = freshEntryFile({ date: '2025-03-04', body: 'Text.\n', title: 'A third thing' }, ['title', 'date']);
    expect(text).toBe('---\ntitle: A third thing\ndate: 2025-03-04\n---\nText.\n');
  });

  it('is matched with the file it is an edit of, never with another entry a new one resembles', () => {
    const read = sampleEntries.map((text) => ({ text, data: readEntryFile(text) }));
    const [first] = read;
    expect(first).toBeDefined();
    expect(editedFile(read, { ...first?.data, summary: 'Edited.' })).toBe(first);
    const resembling = { kind: first?.data['kind'], threads: first?.data['threads'], title: 'New', date: '2026' };
    expect(editedFile(read, resembling)).toBeUndefined();
  });
});
