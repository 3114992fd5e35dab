/**
 * Policy domains of a passage, from the cue stems of the controlled vocabulary
 * (`content/registry/domains.yaml`). A passage's own cues count one each; the cues of
 * its section heading give a base. The main domains are those scoring at least half of
 * the best one, three at most.
 */
import type { Domain } from '../../../src/schemas/registry.ts';
import { foldSameLength } from '../fold.ts';

/** Weight of the section heading's cues for the passages under it. */
export const HEADING_WEIGHT = 0.5;
/** A domain is kept when it scores at least this share of the best score. */
export const RELATIVE_THRESHOLD = 0.5;
/**
 * Framework domains name the setting more than the subject ("européen", "Conseil",
 * "directive" appear in most commitments of an EU text): they are kept when they score,
 * but listed after the more specific domains, so that the main domain is the subject.
 */
export const FRAMEWORK = new Set(['cooperation-europeenne']);
/** At most this many domains per passage. */
export const MAX_DOMAINS = 3;

/** Scores passages against the domains. */
export class DomainScorer {
  private readonly cues: Array<{ id: string; pattern: RegExp }>;

  constructor(domains: Domain[]) {
    // A cue is a word stem: it must start a word ("terroris" in "antiterroriste" does not
    // count). One alternation per domain, longest cues first, so that overlapping cues of
    // one domain count once. (Weighting phrases by their length was measured against the
    // gold files and lost recall for little precision.)
    this.cues = domains.map((d) => ({
      id: d.id,
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${[...d.cues]
          .sort((x, y) => y.length - x.length)
          .map((c) => foldSameLength(c).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
          .join('|')})`,
        'gu',
      ),
    }));
  }

  /**
   * Raw scores of a text: the number of cue occurrences per domain. A cue inside a longer
   * cue of another domain does not count ("terrorisme" inside "financement du terrorisme").
   */
  score(text: string): Map<string, number> {
    const folded = foldSameLength(text);
    const found: Array<{ id: string; start: number; end: number }> = [];
    for (const { id, pattern } of this.cues) {
      for (const m of folded.matchAll(pattern)) found.push({ id, start: m.index!, end: m.index! + m[0].length });
    }
    const scores = new Map<string, number>();
    for (const f of found) {
      // Masked by a longer cue of another domain.
      const covered = found.some((g) => g.id !== f.id && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start);
      if (!covered) scores.set(f.id, (scores.get(f.id) ?? 0) + 1);
    }
    return scores;
  }

  /** Main domains of a passage under a heading (or none). */
  classify(text: string, heading: string | null): string[] {
    const scores = this.score(text);
    if (heading) for (const [id, n] of this.score(heading)) scores.set(id, (scores.get(id) ?? 0) + n * HEADING_WEIGHT);
    return pick(scores);
  }
}

/** The best domains of a score table, best first (ties by id, for stable output). */
export function pick(scores: Map<string, number>): string[] {
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const best = ranked[0]?.[1] ?? 0;
  const kept = ranked.filter(([, n]) => n > 0 && n >= best * RELATIVE_THRESHOLD).slice(0, MAX_DOMAINS).map(([id]) => id);
  return [...kept.filter((id) => !FRAMEWORK.has(id)), ...kept.filter((id) => FRAMEWORK.has(id))];
}
