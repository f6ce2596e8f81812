// Mutation runs (vitest.mutation.config.ts) replay each covering test once per mutant: fewer generated cases per
// property keep a full src/core run within hours, while any mutant a property catches is usually caught early.
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 20 });
