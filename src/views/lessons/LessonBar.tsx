/**
 * The lesson bar: while a lesson is open (the `lesson` and `step` keys of the link), it sits under
 * the header with the step's explanation, its references and previous / next. The page below is
 * the step's saved state, live: students can move a slider and return to the step with "Show this
 * step again". "]" / "[" and a clicker page through the steps (src/app/lesson-pager.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { registerLessonPager } from '../../app/lesson-pager';
import { Cite } from '../../components/Cite';
import { Link } from '../../components/Link';
import { stepLink, stepState } from '../../domain/lessons';
import { KbProvider, loadBundledKb } from '../../kb/kb-context';
import type { LoadResult } from '../../kb/load';
import { useAppStore } from '../../store/hooks';
import { type FoundLesson, findLesson } from './lesson-source';
import './lessons.css';

/** The bar for the lesson named in the link; a lesson that cannot be found says so and offers the list. */
export default function LessonBar() {
  const lessonId = useAppStore((s) => s.params.lesson);
  const stepNumber = useAppStore((s) => s.params.lessonStep) ?? 1;
  const navigate = useAppStore((s) => s.navigate);
  const setParams = useAppStore((s) => s.setParams);
  const [found, setFound] = useState<FoundLesson | null | 'loading'>('loading');
  const [kb, setKb] = useState<LoadResult | null>(null);

  useEffect(() => {
    let isCurrent = true;
    setFound('loading');
    if (lessonId) findLesson(lessonId).then((f) => isCurrent && setFound(f));
    return () => {
      isCurrent = false;
    };
  }, [lessonId]);
  useEffect(() => {
    loadBundledKb().then(setKb);
  }, []);

  const lesson = found && found !== 'loading' ? found.lesson : null;
  const count = lesson?.steps.length ?? 0;
  const index = Math.min(Math.max(stepNumber - 1, 0), Math.max(count - 1, 0));
  const go = useCallback(
    (i: number) => {
      if (!lesson) return;
      const state = stepState(lesson, i);
      if (!state) return;
      navigate(state.route, state.params);
      window.scrollTo({ top: 0 });
    },
    [lesson, navigate],
  );
  useEffect(
    () => (lesson ? registerLessonPager({ index, count, go }) : undefined),
    [lesson, index, count, go],
  );

  const close = () => setParams({ lesson: null, lessonStep: null });
  if (found === 'loading') return null;
  if (!lesson) {
    return (
      <section className="lesson-bar" aria-label="Lesson">
        <p role="alert">
          No lesson “{lessonId}” in this browser: it may have been saved on another device.{' '}
          <Link to={{ view: 'lessons', recordId: null }} params={{ lesson: null, lessonStep: null }}>
            See the lessons there are
          </Link>
        </p>
        <button type="button" className="button button-small button-secondary" onClick={close}>
          Close
        </button>
      </section>
    );
  }
  const step = lesson.steps[index];
  if (!step) return null;
  const small = 'button button-small';
  const body = (
    <>
      <div className="lesson-bar-head">
        <h2 className="lesson-step-title">
          <span className="lesson-bar-count">
            Step {index + 1} of {count}:
          </span>{' '}
          {step.title}
        </h2>
        <span className="muted lesson-bar-title">{lesson.title}</span>
      </div>
      <p className="lesson-step-text">
        {step.text}
        {step.refs.length > 0 && kb?.ok && (
          <>
            {' '}
            <Cite refs={step.refs} />
          </>
        )}
      </p>
      <div className="lesson-bar-actions">
        <button type="button" className={small} onClick={() => go(index - 1)} disabled={index === 0}>
          ← Previous step
        </button>
        <button type="button" className={small} onClick={() => go(index + 1)} disabled={index >= count - 1}>
          Next step →
        </button>
        <button type="button" className={`${small} button-secondary`} onClick={() => go(index)}>
          Show this step again
        </button>
        <a className={`${small} button-secondary`} href={stepLink(lesson, index)}>
          Link to this step
        </a>
        <button type="button" className={`${small} button-secondary`} onClick={close}>
          Close lesson
        </button>
      </div>
    </>
  );
  return (
    <section className="lesson-bar" aria-label={`Lesson: ${lesson.title}`}>
      {kb?.ok ? <KbProvider value={{ kb: kb.kb, index: kb.index }}>{body}</KbProvider> : body}
    </section>
  );
}
