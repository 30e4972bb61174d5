// Pure (all processes): a line diff of a PR file (longest common subsequence; files here are under a few hundred
// lines), for the file list's +/- counts and for marking added lines in the reviewer's read-only views.

export interface LineDiff {
  added: number;
  removed: number;
  /** 1-based head line numbers that the PR adds or changes. */
  addedLines: ReadonlySet<number>;
}

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export function lineDiff(base: string, head: string): LineDiff {
  const a = lines(base);
  const b = lines(head);
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const addedLines = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else addedLines.add(++j);
  }
  while (j < b.length) addedLines.add(++j);
  const common = lcs[0]?.[0] ?? 0;
  return { added: b.length - common, removed: a.length - common, addedLines };
}
