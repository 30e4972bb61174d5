// Pure (all processes): one SQLite value as it crosses a worker boundary (BLOBs arrive as bytes). The only definition
// of a cell: the candidate's worker protocol, the grader's sandbox and the result comparison all use it.
export type SqlCell = string | number | null | Uint8Array;
