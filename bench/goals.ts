/**
 * One line per goal, `GOAL met|MISSED <bench>: <what> <measured> (goal: <target>)`, whatever else
 * a bench prints: `npm run bench` (scripts/run-scripts.js --goals) lists these lines at the end.
 * Returns whether the goal was met, so the bench can fail on it.
 */
export function reportGoal(bench: string, what: string, measured: string, target: string, met: boolean): boolean {
  console.log(`GOAL ${met ? 'met' : 'MISSED'} ${bench}: ${what} ${measured} (goal: ${target})`);
  return met;
}
