/**
 * A deterministic synthetic content tree for benchmarks: N entries with 200–600 word bodies, 1–4 sources, people,
 * threads, topics, relations and every date precision. The same N always gives the same files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ENTRY_KINDS, STATUSES_BY_KIND } from '../../src/core/schema/vocabulary.ts';

/** mulberry32: a small seeded generator, so every run writes the same tree. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the government said minister talks ceasefire envoy report proposal deadline sources officials agreed rejected ' +
  'meeting call plan security council week month pledge revised statement confirmed denied border region troops ' +
  'negotiations peace aid support allies sanctions leaders summit capital press briefing according analysts vote ' +
  'parliament decision agreement draft timeline weeks days campaign promised response kremlin washington kyiv europe'
).split(' ');

export interface GeneratedTree {
  entries: number;
  dir: string;
}

/** Writes the tree into `dir/content` (replacing what was there) and returns where it is. */
export async function generateContent(dir: string, count: number, seed = 42): Promise<GeneratedTree> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const content = path.join(dir, 'content');
  await rm(content, { recursive: true, force: true });
  await mkdir(path.join(content, 'entries'), { recursive: true });
  const people = Array.from({ length: Math.max(5, Math.round(count / 40)) }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    aliases: [`P${i}`],
  }));
  const threads = Array.from({ length: Math.max(3, Math.round(count / 60)) }, (_, i) => ({
    id: `thread-${i}`,
    title: `Storyline ${i}`,
  }));
  const topics = Array.from({ length: 12 }, (_, i) => ({ id: `topic-${i}`, name: `Topic ${i}` }));
  await writeFile(
    path.join(content, 'site.yaml'),
    stringify({
      title: `Benchmark, ${count} entries`,
      description: 'Synthetic content.',
      language: 'en-GB',
      url: 'https://bench.example.org',
    }),
  );
  await writeFile(path.join(content, 'people.yaml'), stringify(people));
  await writeFile(path.join(content, 'threads.yaml'), stringify(threads));
  await writeFile(path.join(content, 'topics.yaml'), stringify(topics));

  const pad = (n: number) => String(n).padStart(2, '0');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = next() < 0.01 ? -int(1, 500) : int(1990, 2025);
    const month = int(1, 12);
    const day = int(1, 28);
    const precision = next();
    const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
    const date =
      precision < 0.1
        ? yearText
        : precision < 0.3
          ? `${yearText}-${pad(month)}`
          : precision < 0.95 || year < 0
            ? `${yearText}-${pad(month)}-${pad(day)}`
            : `${yearText}-${pad(month)}-${pad(day)}T${pad(int(0, 23))}:${pad(int(0, 59))}Z`;
    const id = `e${String(i).padStart(6, '0')}-${pick(WORDS)}-${pick(WORDS)}`;
    const kind = pick(ENTRY_KINDS);
    const statuses = (STATUSES_BY_KIND as Record<string, readonly string[]>)[kind];
    const words = Array.from({ length: int(200, 600) }, () => pick(WORDS));
    const paragraphs: string[] = [];
    for (let w = 0; w < words.length; w += 60) paragraphs.push(`${words.slice(w, w + 60).join(' ')}.`);
    const sources = Array.from({ length: int(1, 4) }, (_, s) => ({
      outlet: `Outlet ${int(1, 30)}`,
      title: `${pick(WORDS)} ${pick(WORDS)} ${s}`,
      url: `https://news.example.org/${id}/${s}`,
      published: date.split('T')[0],
    }));
    const frontmatter: Record<string, unknown> = {
      title: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      summary: `${words.slice(0, 25).join(' ')}.`,
      date,
      ...(next() < 0.1 && !date.includes('T') ? { qualifier: pick(['circa', 'before', 'after'] as const) } : {}),
      kind,
      ...(statuses ? { status: pick(statuses) } : {}),
      people: [pick(people).id, ...(next() < 0.5 ? [pick(people).id] : [])].filter((v, k, all) => all.indexOf(v) === k),
      threads: [pick(threads).id],
      topics: [pick(topics).id],
      sources,
      ...(ids.length && next() < 0.2
        ? {
            relations: [
              { type: pick(['revises', 'responds-to', 'follows-up', 'confirms'] as const), entry: pick(ids) },
            ],
          }
        : {}),
    };
    const body = `${paragraphs.join('\n\n')} [@1]${ids.length ? ` See [[${pick(ids)}]].` : ''}\n`;
    const folder = path.join(content, 'entries', String(Math.abs(year)));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${id}.md`), `---\n${stringify(frontmatter)}---\n${body}`);
    ids.push(id);
  }
  return { entries: count, dir: content };
}
