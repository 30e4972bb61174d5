// Renderer: the reviewer prepares an assessment: candidate, exercises and budgets, extra time, variants.
import { useState, type FormEvent } from 'react';
import type { ExerciseId } from '../../../contract/exercise-ids';
import { plannableExercises } from '../../../assessment/exercise-registry';
import { downloadTextFile } from '../components/download';
import { errorMessage, host } from '../host/host-client';

type Row = { exerciseId: ExerciseId; included: boolean; minutes: number; variantId: string };

export function PreparePlan({ token }: { token: string }) {
  const available = plannableExercises();
  const [title, setTitle] = useState('Junior Data Platform Engineer assessment');
  const [candidateName, setCandidateName] = useState('');
  const [multiplier, setMultiplier] = useState('1');
  const [variantMode, setVariantMode] = useState<'random' | 'fixed'>('random');
  const [rows, setRows] = useState<Row[]>(available.map((e) => ({ exerciseId: e.exerciseId, included: true, minutes: e.defaultMinutes, variantId: e.variants[0]?.variantId ?? '' })));
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);

  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (i === j ? { ...r, ...patch } : r)));

  async function submit(action: 'start-here' | 'export', event?: FormEvent) {
    event?.preventDefault();
    setMessage(null);
    try {
      const draft = {
        title,
        ...(candidateName.trim() ? { candidateName: candidateName.trim() } : {}),
        exercises: rows.filter((r) => r.included).map((r) => ({ exerciseId: r.exerciseId, minutes: r.minutes, ...(variantMode === 'fixed' ? { variantId: r.variantId } : {}) })),
        extraTimeMultiplier: Number(multiplier),
        variantMode,
      };
      const result = await host.preparePlan({ token, draft, action });
      if (action === 'export') {
        downloadTextFile(result.fileName, result.content);
        setMessage({ kind: 'notice', text: `Exported ${result.fileName}. On the candidate laptop, open it from the welcome screen.` });
      } else {
        setMessage({ kind: 'notice', text: 'Ready: lock the reviewer area and hand the laptop to the candidate. The welcome screen shows this assessment.' });
      }
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  }

  return (
    <form className="prepare-plan" onSubmit={(e) => void submit('start-here', e)} noValidate>
      <h1>Prepare an assessment</h1>
      <div className="form-grid">
        <label htmlFor="plan-title">Title</label>
        <input id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="plan-candidate">Candidate name or ID (optional)</label>
        <input id="plan-candidate" value={candidateName} onChange={(e) => setCandidateName(e.target.value)} />
        <label htmlFor="plan-multiplier">Extra time (accommodation)</label>
        <select id="plan-multiplier" value={multiplier} onChange={(e) => setMultiplier(e.target.value)}>
          <option value="1">Standard time</option>
          <option value="1.25">× 1.25</option>
          <option value="1.5">× 1.5</option>
          <option value="2">× 2</option>
        </select>
        <label htmlFor="plan-variants">Variants</label>
        <select id="plan-variants" value={variantMode} onChange={(e) => setVariantMode(e.target.value as 'random' | 'fixed')}>
          <option value="random">Random per candidate</option>
          <option value="fixed">Fixed (choose below)</option>
        </select>
      </div>
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">Include</th>
            <th scope="col">Exercise</th>
            <th scope="col">Minutes</th>
            <th scope="col">Variant</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const info = available.find((e) => e.exerciseId === row.exerciseId)!;
            return (
              <tr key={row.exerciseId}>
                <td>
                  <input type="checkbox" aria-label={`Include ${info.title}`} checked={row.included} onChange={(e) => update(i, { included: e.target.checked })} />
                </td>
                <td>{info.title}</td>
                <td>
                  <input type="number" min={1} max={240} aria-label={`Minutes for ${info.title}`} value={row.minutes} onChange={(e) => update(i, { minutes: Math.max(1, Math.min(240, Number(e.target.value) || 1)) })} />
                </td>
                <td>
                  <select aria-label={`Variant for ${info.title}`} value={row.variantId} disabled={variantMode === 'random'} onChange={(e) => update(i, { variantId: e.target.value })}>
                    {info.variants.map(({ variantId: v }) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'form-notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={() => void submit('export')}>
          Export as file for another laptop
        </button>
        <button type="submit" className="primary">
          Use on this machine
        </button>
      </div>
    </form>
  );
}
