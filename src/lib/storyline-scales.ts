/** A storyline drawn to scale (core/scale/storyline-scale.ts), with the words and links its marks carry. */
import type { ResolvedEntry, ResolvedThread } from '../core/model.ts';
import { fittingGaps, storylineScale, type StepMark, type StorylineScale } from '../core/scale/storyline-scale.ts';
import type { TimelineView } from './timeline.ts';

/** A mark with the entry it links to (a group's first step) and its accessible name: "title, date". */
export interface ShownStepMark extends StepMark {
  entry: string;
  name: string;
}

/** The drawing as pages show it: marks named, and the gaps between them in words. */
export interface ShownStorylineScale extends Omit<StorylineScale, 'marks' | 'gaps'> {
  marks: ShownStepMark[];
  gaps: (StorylineScale['gaps'][number] & { text: string })[];
}

/** A label's width as a share of the line, at the drawing's size: a character is about half a font size wide. */
export const LABEL_SHARE_PER_CHARACTER = 0.01;

/** Drawings by storyline id, per build's view: a page's props may be a copy of the storyline, never its id. */
const drawn = new WeakMap<TimelineView, Map<string, ShownStorylineScale | undefined>>();

/** The name of a mark: one step's title and date, or a group's count and the dates it runs between. */
function nameOf(mark: StepMark, first: ResolvedEntry, last: ResolvedEntry, strings: TimelineView['strings']): string {
  if (mark.count === 1) return `${first.title}, ${first.date.text}`;
  return `${strings.storyScale.group(mark.count)}, ${strings.dates.span(first.date.text, last.date.text)}`;
}

/** A storyline's drawing, made once per build however many pages show it; none for fewer than two steps. */
export function storylineScaleOf(view: TimelineView, thread: ResolvedThread): ShownStorylineScale | undefined {
  let ofView = drawn.get(view);
  if (!ofView) drawn.set(view, (ofView = new Map()));
  if (ofView.has(thread.id)) return ofView.get(thread.id);
  const steps = thread.entries.flatMap((id) => view.entry.get(id) ?? []);
  const scale =
    steps.length >= 2
      ? storylineScale(
          steps.map((step) => step.spec),
          view.site.language,
        )
      : undefined;
  const { strings } = view;
  const shown = scale && {
    ...scale,
    marks: scale.marks.map((mark) => {
      const first = steps[mark.first]!;
      return { ...mark, entry: first.id, name: nameOf(mark, first, steps[mark.last]!, strings) };
    }),
    gaps: fittingGaps(
      scale.gaps.map((gap) => {
        const words = strings.storyScale.gap[gap.unit](gap.count);
        return { ...gap, text: gap.about ? strings.storyScale.about(words) : words };
      }),
      (gap) => gap.text.length * LABEL_SHARE_PER_CHARACTER,
    ),
  };
  ofView.set(thread.id, shown);
  return shown;
}
