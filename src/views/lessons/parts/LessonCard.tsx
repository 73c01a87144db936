import { Link } from '../../../components/Link';
import { stepState } from '../../../domain/lessons';
import type { Lesson } from '../../../kb/schema';

/** A lesson with its steps, each a direct link to that step. */
export function LessonCard({
  lesson,
  children,
}: {
  lesson: Lesson /** Extra actions (saved lessons). */;
  children?: React.ReactNode;
}) {
  const first = stepState(lesson, 0);
  return (
    <article className="panel lesson-card" aria-labelledby={`lesson-${lesson.id}`}>
      <h3 id={`lesson-${lesson.id}`}>{lesson.title}</h3>
      <p>{lesson.summary}</p>
      <ol className="lesson-steps">
        {lesson.steps.map((s, i) => {
          const state = stepState(lesson, i);
          return (
            <li key={`${i}-${s.title}`}>
              {state ? (
                <Link to={state.route} params={state.params}>
                  {s.title}
                </Link>
              ) : (
                s.title
              )}
            </li>
          );
        })}
      </ol>
      <div className="lesson-card-actions">
        {first && (
          <Link className="button" to={first.route} params={first.params}>
            Start lesson
          </Link>
        )}
        {children}
      </div>
    </article>
  );
}
