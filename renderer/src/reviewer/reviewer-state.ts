// Renderer: the reviewer's unlock token and name (memory only: closing the window locks the area).
import { create } from 'zustand';

interface ReviewerState {
  token: string | null;
  reviewerName: string | null;
  unlocked(token: string, reviewerName: string): void;
  lock(): void;
}

export const useReviewerState = create<ReviewerState>()((set) => ({
  token: null,
  reviewerName: null,
  unlocked: (token, reviewerName) => set({ token, reviewerName }),
  lock: () => set({ token: null, reviewerName: null }),
}));
