// Renderer (reviewer screens): a PR file read-only, lines added by the PR marked, with the candidate's threads under
// the lines they are about and, in the key view, marks where seeded issues are. Plain HTML: no editor to load.
import { useMemo, type ReactNode } from 'react';
import { lineDiff, type PrFile, type ReviewComment } from '../../../../exercises/pr-review';

export interface LineMark {
  startLine: number;
  endLine: number;
  tone: 'found' | 'missed' | 'false-alarm';
  label: string;
}

interface Props {
  file: PrFile;
  comments: readonly ReviewComment[];
  marks?: readonly LineMark[];
  /** Extra content under a comment (the author's answer and the candidate's replies). */
  threadExtra?(comment: ReviewComment): ReactNode;
}

export function AnnotatedCode({ file, comments, marks = [], threadExtra }: Props) {
  const added = useMemo(() => lineDiff(file.base, file.head).addedLines, [file]);
  const lines = file.head.replace(/\n$/, '').split('\n');
  return (
    <figure className="pr-annotated" aria-label={file.path}>
      <figcaption className="pr-file-name">{file.path}</figcaption>
      <ol className="pr-code">
        {lines.map((text, i) => {
          const n = i + 1;
          const mark = marks.find((m) => n >= m.startLine && n <= m.endLine);
          const ending = comments.filter((c) => c.endLine === n);
          const commented = comments.some((c) => n >= c.startLine && n <= c.endLine);
          return (
            <li key={n} className={['pr-code-line', added.has(n) ? 'added' : '', commented ? 'commented' : '', mark ? `mark-${mark.tone}` : ''].join(' ')}>
              <span className="pr-line-no" aria-hidden="true">{n}</span>
              <code>{text || ' '}</code>
              {mark && mark.startLine === n && <span className={`pr-mark mark-${mark.tone}`}>{mark.label}</span>}
              {ending.map((c) => (
                <div key={c.commentId} className={`pr-static-thread severity-${c.severity}`} data-testid="replay-thread">
                  <div className="pr-inline-thread-head">{c.commentId} · {c.severity} · {c.category} · lines {c.startLine}{c.endLine > c.startLine ? `–${c.endLine}` : ''}</div>
                  <p>{c.text}</p>
                  {threadExtra?.(c)}
                </div>
              ))}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
