// Renderer: the reviewer's unlock token, name and identity (memory only: closing the window locks the area).
import { create } from 'zustand';

export interface ReviewerIdentity {
  id: string;
  panelLead: boolean;
}

interface ReviewerState {
  token: string | null;
  reviewerName: string | null;
  /** Who "me" is in panel views, and whether the lead-only forms show. */
  me: ReviewerIdentity | null;
  unlocked(token: string, reviewerName: string, me: ReviewerIdentity): void;
  lock(): void;
}

export const useReviewerState = create<ReviewerState>()((set) => ({
  token: null,
  reviewerName: null,
  me: null,
  unlocked: (token, reviewerName, me) => set({ token, reviewerName, me }),
  lock: () => set({ token: null, reviewerName: null, me: null }),
}));
