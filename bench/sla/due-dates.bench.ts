/**
 * Run from the repository root: node -r ./bench/register.js bench/sla/due-dates.bench.ts
 * (SLA_BENCH_N=2000 for more instants; the reference needs ~25 ms each.)
 */
import { calendarsFor, computeDue, defaultSlaSettings, type TargetRule } from '../../server/src/domain/sla';
import { createReferenceCalendar } from './reference';
import { mulberry32 } from '../random';
import { reportGoal } from '../goals';

/**
 * Compares the SLA engine with a minute-stepping reference on the default standard calendar: every
 * result must agree, and the engine must be at least 10x faster on a span that crosses Christmas.
 * The engine runs on a compiled calendar, as production does through calendarsFor.
 */

// The reference needs ~10-25 ms per due date, so N bounds the runtime (about 30 s for 1000).
const N = Number(process.env.SLA_BENCH_N ?? 1000);
const MIN_RATIO = 10;
const MINUTE = 60_000;

const settings = defaultSlaSettings();
const policy = settings.tiers.standard;
const calendar = calendarsFor(settings).tiers.standard;
const reference = createReferenceCalendar(policy.calendar);
const firstResponse = policy.firstResponse;
if (firstResponse.kind !== 'sameDayCutoff') throw new Error('the default first response should be sameDayCutoff');
const workingMinutes: TargetRule = { kind: 'workingMinutes', minutes: 600 };

// Seeded, so a failing instant can be reproduced.
const random = mulberry32(20260101);
const from = Date.parse('2026-01-01T00:00:00+01:00');
const to = Date.parse('2028-01-01T00:00:00+01:00');
// Whole minutes: the reference steps minute by minute.
const received = Array.from({ length: N }, () => new Date(from + Math.floor((random() * (to - from)) / MINUTE) * MINUTE));

let failures = 0;

function opsPerSecond(count: number, ms: number): number {
  return (count / ms) * 1000;
}

/** Repeats `run` (which does `batch` operations) until `budgetMs` is used; returns ops per second. */
function measure(batch: number, budgetMs: number, run: () => void): number {
  let ops = 0;
  const start = performance.now();
  do {
    run();
    ops += batch;
  } while (performance.now() - start < budgetMs);
  return opsPerSecond(ops, performance.now() - start);
}

function compare(name: string, ours: (at: Date) => Date, theirs: (at: Date) => Date, inputs: Date[]): number {
  const start = performance.now();
  const expected = inputs.map(theirs);
  const referenceOps = opsPerSecond(inputs.length, performance.now() - start);
  inputs.forEach((at, index) => {
    const got = ours(at);
    if (got.getTime() !== expected[index].getTime()) {
      failures += 1;
      if (failures <= 10) {
        console.error(`MISMATCH ${name} received ${at.toISOString()}: ours ${got.toISOString()}, reference ${expected[index].toISOString()}`);
      }
    }
  });
  return referenceOps;
}

function report(name: string, ours: number, reference: number): number {
  const ratio = ours / reference;
  console.log(`sla ${name}: ours ${Math.round(ours)} ops/s, reference ${Math.round(reference)} ops/s, ratio ${ratio.toFixed(1)}x`);
  return ratio;
}

const sameDay = (at: Date) => computeDue(calendar, firstResponse, at);
const sameDayRef = (at: Date) => reference.sameDayCutoffDue(at, firstResponse.cutoffMinutesBeforeClose);
const referenceSameDay = compare('sameDayCutoff', sameDay, sameDayRef, received);
report('sameDayCutoff', measure(N, 500, () => received.forEach(sameDay)), referenceSameDay);

const minutesDue = (at: Date) => computeDue(calendar, workingMinutes, at);
const minutesRef = (at: Date) => reference.addWorkingMinutes(at, 600);
const referenceMinutes = compare('workingMinutes(600)', minutesDue, minutesRef, received);
report('workingMinutes(600)', measure(N, 500, () => received.forEach(minutesDue)), referenceMinutes);

// Wednesday before Christmas: the span runs through Christmas, Boxing Day and a Sunday.
const christmas = [new Date('2026-12-23T15:00:00+01:00')];
const christmasRule: TargetRule = { kind: 'workingMinutes', minutes: 1200 };
const christmasDue = (at: Date) => computeDue(calendar, christmasRule, at);
const christmasRef = (at: Date) => reference.addWorkingMinutes(at, 1200);
compare('workingMinutes(1200) over Christmas', christmasDue, christmasRef, christmas);
const holidayRatio = report(
  'workingMinutes(1200) over Christmas',
  measure(1, 500, () => christmasDue(christmas[0])),
  measure(1, 2000, () => christmasRef(christmas[0])),
);

if (failures > 0) {
  console.error(`FAIL: ${failures} results differ from the reference`);
  process.exit(1);
}
if (!reportGoal('sla', 'due dates over Christmas, ours/minute-stepping reference', `${holidayRatio.toFixed(1)}x`, `at least ${MIN_RATIO}x`, holidayRatio >= MIN_RATIO)) {
  console.error(`FAIL: holiday-crossing ratio ${holidayRatio.toFixed(1)}x is below ${MIN_RATIO}x`);
  process.exit(1);
}
console.log(`ok: ${2 * N + 1} due dates agree with the reference`);
