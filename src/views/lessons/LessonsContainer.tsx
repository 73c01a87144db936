/**
 * The lessons view (/lessons): the built-in guided lessons and concept checks, one section per
 * phenomenon, and the instructor's own lessons (built from app states, kept in this browser,
 * shared as a link or a JSON file).
 *
 * Store keys read: route, params (a step is the whole state); writes lesson and step via links.
 */
import { useMemo } from 'react';
import { PHENOMENA } from '../../domain/paging';
import { useKb } from '../../kb/kb-context';
import { CONCEPT_CHECKS as CHECKS } from '../../kb/lessons-data';
import './lessons.css';
import { ConceptChecks } from './parts/ConceptChecks';
import { LessonBuilder } from './parts/LessonBuilder';
import { LessonCard } from './parts/LessonCard';
import { BUILT_IN_LESSONS } from './lesson-source';

export default function LessonsContainer() {
  const { index } = useKb();
  const referenceIds = useMemo(() => new Set(index.references.keys()), [index]);
  return (
    <div className="lessons-view">
      <h1>Lessons</h1>
      <p className="lede">
        Guided tours through the models, one step at a time: each step opens the app in a saved state and says
        what to look at. Page with ] and [ or a presentation clicker. The concept checks test the ideas that
        most often mislead.
      </p>
      {PHENOMENA.map((topic) => (
        <section key={topic} className="lessons-topic" aria-labelledby={`topic-${topic}`}>
          <h2 id={`topic-${topic}`}>{index.topics.get(topic)?.name ?? topic}</h2>
          <div className="lesson-cards">
            {BUILT_IN_LESSONS.filter((l) => l.topic === topic).map((l) => (
              <LessonCard key={l.id} lesson={l} />
            ))}
          </div>
          <h3>Check your understanding</h3>
          <ConceptChecks checks={CHECKS.filter((c) => c.topic === topic)} />
        </section>
      ))}
      <LessonBuilder
        referenceIds={referenceIds}
        topics={PHENOMENA.map((id) => ({ id, name: index.topics.get(id)?.name ?? id }))}
      />
    </div>
  );
}
