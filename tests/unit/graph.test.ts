import { describe, expect, it } from 'vitest';
import { chainOf, findCycles, inverseRelations, storyOrder, threadMembers, threadSteps } from '../../src/core/graph.ts';
import type { RelationType } from '../../src/core/schema/vocabulary.ts';

const node = (id: string, sortKey: string, relations: [RelationType, string][] = [], threads: string[] = ['t']) => ({
  id,
  sortKey,
  threads,
  relations: relations.map(([type, entry]) => ({ type, entry })),
});

describe('storyOrder', () => {
  it('sorts by date, then puts a revision after what it revises when dates tie, whatever the ids', () => {
    const nodes = [node('a-revision', 'k1', [['revises', 'z-pledge']]), node('z-pledge', 'k1'), node('earlier', 'k0')];
    expect(storyOrder(nodes).map((n) => n.id)).toEqual(['earlier', 'z-pledge', 'a-revision']);
  });
});

describe('relations', () => {
  const nodes = [
    node('pledge', 'k1'),
    node('revision', 'k2', [['revises', 'pledge']]),
    node('reply', 'k3', [['responds-to', 'revision']]),
    node('other', 'k4', [], ['u']),
  ];

  it('inverts relations for the entry they point at', () => {
    const inverse = inverseRelations(nodes);
    expect(inverse.get('pledge')).toEqual([{ type: 'revises', entry: 'revision' }]);
    expect(inverse.get('revision')).toEqual([{ type: 'responds-to', entry: 'reply' }]);
  });

  it('follows a pledge down its chain, newest first', () => {
    const order = new Map(nodes.map((n, index) => [n.id, index]));
    expect(chainOf('pledge', inverseRelations(nodes), order)).toEqual(['reply', 'revision']);
  });

  it('gives each entry its previous and next in each thread', () => {
    const members = threadMembers(nodes);
    expect(members.get('t')).toEqual(['pledge', 'revision', 'reply']);
    expect(threadSteps('revision', ['t'], members)).toEqual([
      { thread: 't', position: 2, total: 3, previous: 'pledge', next: 'reply' },
    ]);
    expect(threadSteps('other', ['u'], members)).toEqual([{ thread: 'u', position: 1, total: 1 }]);
  });

  it('finds loops of revisions but not of replies', () => {
    expect(findCycles([node('a', 'k', [['revises', 'b']]), node('b', 'k', [['revises', 'a']])])).toEqual([
      ['a', 'b', 'a'],
    ]);
    expect(findCycles([node('a', 'k', [['responds-to', 'b']]), node('b', 'k', [['responds-to', 'a']])])).toEqual([]);
  });
});
