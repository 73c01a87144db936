// @vitest-environment node
import { describe, expect, it } from 'vitest';
import lessonsJson from '../../data/lessons.json';
import referencesJson from '../../data/references.json';
import {
  decodeLessonFragment,
  encodeLessonFragment,
  formatLessonProblem,
  lessonProblems,
  moveItem,
  stateOfUrl,
  stepLink,
  stepState,
  urlOfState,
} from '../../src/domain/lessons';
import { PHENOMENA } from '../../src/domain/paging';
import { ConceptCheckFile, LessonFile } from '../../src/kb/schema';
import checksJson from '../../data/concept-checks.json';

const REF_IDS = new Set(referencesJson.records.map((r) => r.id));
const file = LessonFile.parse(lessonsJson);

describe('data/lessons.json', () => {
  it('parses with the Lesson schema', () => {
    expect(file.records.length).toBeGreaterThanOrEqual(3);
  });
  it('has a lesson of 5–10 steps for each of the three phenomena', () => {
    for (const topic of PHENOMENA) {
      const lessons = file.records.filter((l) => l.topic === topic);
      expect(lessons.length, topic).toBeGreaterThanOrEqual(1);
      for (const l of lessons) {
        expect(l.steps.length).toBeGreaterThanOrEqual(5);
        expect(l.steps.length).toBeLessThanOrEqual(10);
      }
    }
  });
  it('every step names references that exist and a link the app shows in full', () => {
    for (const l of file.records)
      expect(lessonProblems(l, REF_IDS).map(formatLessonProblem), l.id).toEqual([]);
  });
  it('every step has at least one reference', () => {
    for (const l of file.records)
      for (const s of l.steps) expect(s.refs.length, `${l.id}: ${s.title}`).toBeGreaterThan(0);
  });
});

const LESSON = {
  id: 'demo',
  title: 'Demo',
  steps: [
    { title: 'a', url: '/mechanisms/lithium-filaments?mgsse=5', text: 't', refs: ['monroe-2005'] },
    { title: 'b', url: '/windows', text: 't', refs: ['nope-1999'] },
  ],
};

describe('lesson steps as app states', () => {
  it('stateOfUrl decodes route and settings with the app codec', () => {
    const s = stateOfUrl('/mechanisms/lithium-filaments?mgsse=5');
    expect(s.route).toEqual({ view: 'mechanisms', recordId: 'lithium-filaments' });
    expect(s.params.mnShearModulus).toBe(5);
    expect(s.problems).toEqual([]);
  });
  it('stepLink adds lesson and step; urlOfState of that state gives back the stored link', () => {
    const link = stepLink(LESSON, 0);
    expect(link).toBe('/mechanisms/lithium-filaments?lesson=demo&step=1&mgsse=5');
    const state = stepState(LESSON, 0);
    expect(state?.params.lesson).toBe('demo');
    expect(state?.params.lessonStep).toBe(1);
    if (state) expect(urlOfState(state.route, state.params)).toBe(LESSON.steps[0]?.url);
    expect(stepState(LESSON, 5)).toBeNull();
  });
  it('lessonProblems names the step and field of an unknown reference and of a bad setting', () => {
    const bad = {
      ...LESSON,
      steps: [...LESSON.steps, { title: 'c', url: '/windows?va=99', text: 't', refs: [] }],
    };
    expect(lessonProblems(bad, REF_IDS).map(formatLessonProblem)).toEqual([
      'step 2 › refs: no reference “nope-1999” in the knowledge base',
      'step 3 › url: ignored “va=99” (not a valid value)',
    ]);
  });
  it('moveItem moves one step and leaves a move past either end alone', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
  it('a share fragment round-trips non-ASCII text; junk decodes to null', () => {
    const value = { title: 'Li⁺ – σ in S/cm', n: 1 };
    const frag = encodeLessonFragment(value);
    expect(frag).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(decodeLessonFragment(frag) ?? 'null')).toEqual(value);
    expect(decodeLessonFragment('%%%')).toBeNull();
  });
});

describe('data/concept-checks.json', () => {
  const checks = ConceptCheckFile.parse(checksJson).records;
  it('has at least three checks for each phenomenon, each with one correct option', () => {
    for (const topic of PHENOMENA)
      expect(checks.filter((c) => c.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
  });
  it('every check links a model state the app shows in full and cites references that exist', () => {
    for (const c of checks) {
      expect(stateOfUrl(c.url).problems, c.id).toEqual([]);
      for (const r of c.refs) expect(REF_IDS.has(r), `${c.id}: ${r}`).toBe(true);
    }
  });
});
