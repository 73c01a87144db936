/**
 * The instructor's lesson builder: a lesson is a list of app states. "Add the page you came from"
 * saves that page's state as a step; steps can be edited, reordered and deleted; every change is
 * kept in this browser. A lesson is shared as a JSON file or as a link that carries it in the
 * fragment (never sent to a server), and one is imported from either, checked with zod first.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { lastExplored } from '../../../app/lesson-pager';
import { downloadText } from '../../../components/download';
import { Link } from '../../../components/Link';
import {
  decodeLessonFragment,
  encodeLessonFragment,
  moveItem,
  stepState,
  urlOfState,
} from '../../../domain/lessons';
import { labelOf } from '../../../domain/url-state';
import type { Lesson, LessonStep } from '../../../kb/schema';
import { useAppStore } from '../../../store/hooks';
import { parseLessonText } from '../import-lesson';
import { deleteSavedLesson, listSavedLessons, saveLesson } from '../lesson-db';
import { BUILT_IN_LESSONS } from '../lesson-source';

type Topic = Lesson['topic'];

function newId(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'lesson'}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Props: the reference ids a step may cite, and the phenomena a lesson may belong to. */
export function LessonBuilder({
  referenceIds,
  topics,
}: {
  referenceIds: ReadonlySet<string>;
  topics: readonly { id: Topic; name: string }[];
}) {
  const [saved, setSaved] = useState<Lesson[]>([]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [shared, setShared] = useState<Lesson[] | null>(null);
  const params = useAppStore((s) => s.params);

  const reload = useCallback(() => listSavedLessons().then(setSaved), []);
  useEffect(() => {
    reload();
  }, [reload]);

  // A share link carries the lesson in its fragment (#lesson=…): read it once, check it, offer to keep it.
  useEffect(() => {
    const m = /^#lesson=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
    if (!m?.[1]) return;
    const text = decodeLessonFragment(m[1]);
    if (text === null) {
      setProblems(['the shared link is damaged: its lesson could not be read']);
      return;
    }
    parseLessonText(text, referenceIds).then((r) => {
      if (r.ok) setShared(r.lessons);
      else setProblems(r.problems);
    });
  }, [referenceIds]);

  const editing = saved.find((l) => l.id === editingId) ?? null;
  const update = async (lesson: Lesson) => {
    setSaved((all) => all.map((l) => (l.id === lesson.id ? lesson : l)));
    if (!(await saveLesson(lesson)))
      setNote('This browser would not keep the lesson (storage is off); export it as a file.');
  };

  const keep = async (lessons: Lesson[]) => {
    const clash = lessons.find((l) => BUILT_IN_LESSONS.some((b) => b.id === l.id));
    if (clash) {
      setProblems([`lesson “${clash.title}” has the id “${clash.id}” of a built-in lesson; change its id`]);
      return;
    }
    for (const l of lessons) await saveLesson(l);
    await reload();
    setEditingId(lessons[0]?.id ?? null);
    setProblems([]);
    setNote(
      `Kept ${lessons.length === 1 ? `“${lessons[0]?.title}”` : `${lessons.length} lessons`} in this browser.`,
    );
  };

  const create = async (title: string, topic: Topic) => {
    const lesson: Lesson = { id: newId(title), title, topic, summary: title, steps: [] };
    setSaved((all) => [...all, lesson]);
    await update(lesson);
    setEditingId(lesson.id);
  };

  const importFile = async (file: File) => {
    const r = await parseLessonText(await file.text(), referenceIds);
    if (r.ok) await keep(r.lessons);
    else {
      setNote('');
      setProblems(r.problems);
    }
  };

  const check = async (lesson: Lesson): Promise<boolean> => {
    const r = await parseLessonText(JSON.stringify(lesson), referenceIds);
    setProblems(r.ok ? [] : r.problems);
    return r.ok;
  };

  return (
    <section className="lesson-builder" aria-labelledby="builder-title">
      <h2 id="builder-title">Your lessons</h2>
      <p>
        Build a lesson from the app itself: open a page, set it up as you want it shown, come back here and
        add it as a step. Lessons are kept in this browser only; export one to keep it elsewhere or to share
        it.
      </p>
      {problems.length > 0 && (
        <div className="panel error-panel" role="alert">
          <p>
            <strong>This lesson could not be used:</strong>
          </p>
          <ul className="issue-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {note && (
        <p className="lesson-note" role="status">
          {note}
        </p>
      )}
      {shared && (
        <div className="panel" role="region" aria-label="Shared lesson">
          <p>
            This link shares{' '}
            {shared.length === 1 ? `the lesson “${shared[0]?.title}”` : `${shared.length} lessons`}.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              keep(shared);
              setShared(null);
            }}
          >
            Keep it in this browser
          </button>
        </div>
      )}
      <NewLessonForm topics={topics} onCreate={create} />
      <p className="field">
        <label htmlFor="lesson-import">Import a lesson file (JSON)</label>
        <input
          id="lesson-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) importFile(f);
            e.target.value = '';
          }}
        />
      </p>
      {saved.length === 0 ? (
        <p className="muted">No lessons of your own yet.</p>
      ) : (
        <ul className="saved-lessons">
          {saved.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={l.id === editingId}
                onClick={() => setEditingId(l.id === editingId ? null : l.id)}
              >
                {l.title}
              </button>{' '}
              <span className="muted">
                ({l.steps.length} {l.steps.length === 1 ? 'step' : 'steps'})
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <LessonEditor
          key={editing.id}
          lesson={editing}
          topics={topics}
          onChange={update}
          onAddCurrent={() => {
            const route = lastExplored();
            if (!route) return;
            const step: LessonStep = {
              title: labelOf(route.view),
              url: urlOfState(route, params),
              text: 'What to look at here.',
              refs: [],
            };
            update({ ...editing, steps: [...editing.steps, step] });
            setNote(`Added step ${editing.steps.length + 1}: ${step.url}`);
          }}
          onExport={async () => {
            if (!(await check(editing))) return;
            downloadText(
              `${editing.id}.json`,
              `${JSON.stringify({ version: 1, records: [editing] }, null, 2)}\n`,
              'application/json',
            );
            setNote(`Saved ${editing.id}.json.`);
          }}
          onShare={async () => {
            if (!(await check(editing))) return;
            const link = `${window.location.origin}/lessons#lesson=${encodeLessonFragment(editing)}`;
            try {
              await navigator.clipboard.writeText(link);
              setNote('Share link copied.');
            } catch {
              setNote(`Share link: ${link}`);
            }
          }}
          onDelete={async () => {
            await deleteSavedLesson(editing.id);
            setEditingId(null);
            await reload();
            setNote(`Deleted “${editing.title}”.`);
          }}
        />
      )}
    </section>
  );
}

function NewLessonForm({
  topics,
  onCreate,
}: {
  topics: readonly { id: Topic; name: string }[];
  onCreate: (title: string, topic: Topic) => void;
}) {
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState<Topic>(topics[0]?.id ?? 'lithium-filaments');
  const id = useId();
  return (
    <form
      className="lesson-new"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) onCreate(title.trim(), topic);
        setTitle('');
      }}
    >
      <p className="field">
        <label htmlFor={`${id}-t`}>New lesson title</label>
        <input id={`${id}-t`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
      </p>
      <p className="field">
        <label htmlFor={`${id}-p`}>Phenomenon</label>
        <select id={`${id}-p`} value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </p>
      <button type="submit" className="button" disabled={!title.trim()}>
        Create lesson
      </button>
    </form>
  );
}

interface EditorProps {
  lesson: Lesson;
  topics: readonly { id: Topic; name: string }[];
  onChange: (lesson: Lesson) => void;
  onAddCurrent: () => void;
  onExport: () => void;
  onShare: () => void;
  onDelete: () => void;
}

function LessonEditor({ lesson, topics, onChange, onAddCurrent, onExport, onShare, onDelete }: EditorProps) {
  const id = useId();
  const from = lastExplored();
  const setStep = (i: number, patch: Partial<LessonStep>) =>
    onChange({ ...lesson, steps: lesson.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const first = stepState(lesson, 0);
  return (
    <div className="panel lesson-editor" role="region" aria-label={`Editing ${lesson.title}`}>
      <p className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={lesson.title}
          onChange={(e) => onChange({ ...lesson, title: e.target.value })}
        />
      </p>
      <p className="field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <input
          id={`${id}-summary`}
          value={lesson.summary}
          onChange={(e) => onChange({ ...lesson, summary: e.target.value })}
        />
      </p>
      <p className="field">
        <label htmlFor={`${id}-topic`}>Phenomenon</label>
        <select
          id={`${id}-topic`}
          value={lesson.topic}
          onChange={(e) => onChange({ ...lesson, topic: e.target.value as Topic })}
        >
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </p>
      <ol className="lesson-edit-steps">
        {lesson.steps.map((s, i) => (
          <li key={i} className="lesson-edit-step">
            <fieldset>
              <legend>Step {i + 1}</legend>
              <p className="field">
                <label htmlFor={`${id}-${i}-title`}>Step {i + 1} title</label>
                <input
                  id={`${id}-${i}-title`}
                  value={s.title}
                  onChange={(e) => setStep(i, { title: e.target.value })}
                />
              </p>
              <p className="field">
                <label htmlFor={`${id}-${i}-text`}>Step {i + 1} explanation</label>
                <textarea
                  id={`${id}-${i}-text`}
                  rows={3}
                  value={s.text}
                  onChange={(e) => setStep(i, { text: e.target.value })}
                />
              </p>
              <p className="field">
                <label htmlFor={`${id}-${i}-refs`}>Step {i + 1} reference ids (comma-separated)</label>
                <input
                  id={`${id}-${i}-refs`}
                  value={s.refs.join(', ')}
                  onChange={(e) =>
                    setStep(i, {
                      refs: e.target.value
                        .split(',')
                        .map((x) => x.trim())
                        .filter(Boolean),
                    })
                  }
                />
              </p>
              <p className="field">
                <label htmlFor={`${id}-${i}-url`}>Step {i + 1} app link</label>
                <input
                  id={`${id}-${i}-url`}
                  value={s.url}
                  onChange={(e) => setStep(i, { url: e.target.value })}
                />
              </p>
              <div className="lesson-edit-actions">
                <button
                  type="button"
                  className="button button-small button-secondary"
                  disabled={i === 0}
                  onClick={() => onChange({ ...lesson, steps: moveItem(lesson.steps, i, i - 1) })}
                >
                  Move step {i + 1} up
                </button>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  disabled={i === lesson.steps.length - 1}
                  onClick={() => onChange({ ...lesson, steps: moveItem(lesson.steps, i, i + 1) })}
                >
                  Move step {i + 1} down
                </button>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => onChange({ ...lesson, steps: lesson.steps.filter((_, j) => j !== i) })}
                >
                  Delete step {i + 1}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="lesson-edit-actions">
        <button type="button" className="button" disabled={!from} onClick={onAddCurrent}>
          {from
            ? `Add the page you came from (${labelOf(from.view)}) as a step`
            : 'Open a page first, then add it as a step'}
        </button>
        {first && (
          <Link className="button button-secondary" to={first.route} params={first.params}>
            Open lesson
          </Link>
        )}
        <button type="button" className="button button-secondary" onClick={onExport}>
          Export as JSON
        </button>
        <button type="button" className="button button-secondary" onClick={onShare}>
          Copy share link
        </button>
        <button type="button" className="button button-secondary" onClick={onDelete}>
          Delete lesson
        </button>
      </div>
    </div>
  );
}
