/**
 * Reading a lesson someone shared (a JSON file or a link): the text is parsed, checked against the
 * Lesson schema with zod, and cross-checked (references exist, every step's link is a state the
 * app can show). zod and the schema load only when a lesson is imported, so they stay out of the
 * pages that never import one. Every problem names the lesson, the step and the field.
 */
import { formatLessonProblem, lessonProblems } from '../../domain/lessons';
import type { Lesson } from '../../kb/schema';

/** The lessons read from a text, or every problem found in it. */
export type ImportResult = { ok: true; lessons: Lesson[] } | { ok: false; problems: string[] };

function pathLabel(path: readonly PropertyKey[], single: boolean): string {
  const parts: string[] = [];
  let i = 0;
  if (!single && path[0] === 'records' && typeof path[1] === 'number') {
    parts.push(`lesson ${path[1] + 1}`);
    i = 2;
  }
  if (path[i] === 'steps' && typeof path[i + 1] === 'number') {
    parts.push(`step ${(path[i + 1] as number) + 1}`);
    i += 2;
  }
  const field = path.slice(i).map(String).join('.');
  if (field) parts.push(field);
  return parts.length ? parts.join(' › ') : 'lesson';
}

/**
 * Parses `text` as a lesson file ({ version: 1, records: [...] }) or as one lesson, and checks
 * every lesson against the schema and `referenceIds`.
 */
export async function parseLessonText(
  text: string,
  referenceIds: ReadonlySet<string>,
): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`the file is not JSON (${(e as Error).message})`] };
  }
  const { Lesson, LessonFile } = await import('../../kb/schema');
  const isFile = typeof json === 'object' && json !== null && 'records' in json;
  const parsed = isFile ? LessonFile.safeParse(json) : Lesson.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${pathLabel(i.path, !isFile)}: ${i.message}`),
    };
  }
  const lessons: Lesson[] = 'records' in parsed.data ? parsed.data.records : [parsed.data];
  const problems = lessons.flatMap((l, n) =>
    lessonProblems(l, referenceIds).map(
      (p) => `${isFile ? `lesson ${n + 1} › ` : ''}${formatLessonProblem(p)}`,
    ),
  );
  return problems.length ? { ok: false, problems } : { ok: true, lessons };
}
