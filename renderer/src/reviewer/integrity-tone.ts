// Renderer (pure): how loudly an integrity state is shown. Red is kept for a check that failed; a seal this machine
// cannot check (the plan was prepared elsewhere), a legacy file or a session not yet sealed is a caution, not a fault.
import type { SessionSummary } from '../../../contract/host-api';

export type IntegrityTone = 'ok' | 'caution' | 'bad';

export function integrityTone(integrity: SessionSummary['integrity']): IntegrityTone {
  if (integrity.ok) return 'ok';
  return integrity.sealState === 'unverifiable' || integrity.sealState === 'legacy' || integrity.sealState === 'not-sealed' ? 'caution' : 'bad';
}
