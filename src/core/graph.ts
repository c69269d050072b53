/** The relation graph: story order, inverse relations, thread steps and pledge chains. */
import type { RelationLink, ThreadStep } from './model.ts';
import { ACYCLIC_RELATIONS, CHAIN_RELATIONS } from './schema/vocabulary.ts';

export interface GraphNode {
  id: string;
  sortKey: string;
  relations: readonly RelationLink[];
  threads: readonly string[];
}

/**
 * Each entry's place in the story as text that sorts with plain `<`: its date's sort key, then how deep it sits in a
 * chain of relations (where dates tie, an entry that revises or answers another comes after it), then its id, so the
 * order never depends on file order. A key depends only on the entry and what it relates to, so adding an entry
 * elsewhere never changes it.
 */
export function storyKeys(nodes: readonly GraphNode[]): Map<string, string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const depth = new Map<string, number>();
  const depthOf = (node: GraphNode, visiting: Set<string>): number => {
    const known = depth.get(node.id);
    if (known !== undefined) return known;
    visiting.add(node.id);
    let deepest = 0;
    for (const relation of node.relations) {
      const target = byId.get(relation.entry);
      if (target && !visiting.has(target.id)) deepest = Math.max(deepest, depthOf(target, visiting) + 1);
    }
    visiting.delete(node.id);
    depth.set(node.id, deepest);
    return deepest;
  };
  return new Map(
    nodes.map((node) => [node.id, `${node.sortKey}~${String(depthOf(node, new Set())).padStart(4, '0')}~${node.id}`]),
  );
}

/** Orders entries chronologically, by their story keys (computed unless given). */
export function storyOrder<T extends GraphNode>(
  nodes: readonly T[],
  keys: ReadonlyMap<string, string> = storyKeys(nodes),
): T[] {
  const keyOf = (node: T) => keys.get(node.id) ?? '';
  return [...nodes].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/** For each entry, the relations other entries state about it ("revised by"). */
export function inverseRelations(nodes: readonly GraphNode[]): Map<string, RelationLink[]> {
  const inverse = new Map<string, RelationLink[]>();
  for (const node of nodes) {
    for (const { type, entry, note } of node.relations) {
      const list = inverse.get(entry) ?? [];
      list.push({ type, entry: node.id, ...(note ? { note } : {}) });
      inverse.set(entry, list);
    }
  }
  return inverse;
}

/** Each thread's entries in story order (the input must already be in story order). */
export function threadMembers(ordered: readonly GraphNode[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const node of ordered) {
    for (const thread of node.threads) {
      const list = members.get(thread);
      if (list) list.push(node.id);
      else members.set(thread, [node.id]);
    }
  }
  return members;
}

/** An entry's place in each of its threads, with the previous and next entry there. */
export function threadSteps(
  id: string,
  threads: readonly string[],
  members: ReadonlyMap<string, readonly string[]>,
): ThreadStep[] {
  return threads.map((thread) => {
    const list = members.get(thread) ?? [];
    const index = list.indexOf(id);
    const previous = list[index - 1];
    const next = list[index + 1];
    return {
      thread,
      position: index + 1,
      total: list.length,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
    };
  });
}

/** Every entry that relates to `id`, directly or down the line, in reverse story order (newest first). */
export function chainOf(
  id: string,
  inverse: ReadonlyMap<string, readonly RelationLink[]>,
  order: ReadonlyMap<string, number>,
): string[] {
  const seen = new Set([id]);
  const queue = [id];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const link of inverse.get(current) ?? []) {
      if (CHAIN_RELATIONS.includes(link.type) && !seen.has(link.entry)) {
        seen.add(link.entry);
        queue.push(link.entry);
      }
    }
  }
  seen.delete(id);
  return [...seen].sort((a, b) => (order.get(b) ?? 0) - (order.get(a) ?? 0));
}

/** Cycles through relations that must not loop ("A revises B revises A"), each given as the ids around it. */
export function findCycles(nodes: readonly GraphNode[]): string[][] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (node: GraphNode, stack: string[]) => {
    state.set(node.id, 'open');
    stack.push(node.id);
    for (const relation of node.relations) {
      if (!ACYCLIC_RELATIONS.includes(relation.type)) continue;
      const target = byId.get(relation.entry);
      if (!target) continue;
      if (state.get(target.id) === 'open') cycles.push([...stack.slice(stack.indexOf(target.id)), target.id]);
      else if (!state.has(target.id)) visit(target, stack);
    }
    stack.pop();
    state.set(node.id, 'done');
  };
  for (const node of nodes) if (!state.has(node.id)) visit(node, []);
  return cycles;
}
