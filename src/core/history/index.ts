// The history feature's pure core: snapshot rows, stability controls, changes, migration matrix, summary numbers.
export * from './changes.ts';
export * from './dates.ts';
export * from './interval-snapshot.ts';
export * from './intervals.ts';
export * from './overrides.ts';
export * from './record.ts';
export * from './report.ts';
export * from './stability.ts';
export * from './summary.ts';
