// Renderer: records focus loss (with its length) and keyboard shortcuts for moving between exercises.
import { useEffect } from 'react';
import { useSessionState } from '../state/session-state';

export function useActivityRecording(): void {
  useEffect(() => {
    let lostAt: number | null = null;
    const onBlur = () => {
      lostAt = Date.now();
      const { location, record } = useSessionState.getState();
      record({ type: 'focus-lost', ...(location !== 'overview' ? { exerciseId: location } : {}), data: {} });
    };
    const onFocus = () => {
      if (lostAt === null) return;
      const awayMs = Date.now() - lostAt;
      lostAt = null;
      useSessionState.getState().record({ type: 'focus-returned', data: { awayMs } });
    };
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const { session, navigate } = useSessionState.getState();
      if (!session) return;
      if (e.key === '0') navigate('overview');
      const index = Number(e.key) - 1;
      const target = Number.isInteger(index) && index >= 0 ? session.plan.exercises[index] : undefined;
      if (target) {
        e.preventDefault();
        navigate(target.exerciseId);
      }
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
