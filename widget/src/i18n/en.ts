import { FIRST_PAINT } from './first-paint';

/** The widget's English strings; every other language has the same keys (checked by the unit tests). */
export default {
  ...FIRST_PAINT.en,
  searching: 'Searching…',
  noResults: 'No answer found yet. Try other words.',
  resultsCount: 'Answers found: {count}',
  sourceFaq: 'FAQ',
  sourceDocs: 'Documentation',
  back: 'Back to the answers',
  helped: 'This answered my question',
  thanks: 'Thank you! Glad we could help.',
  openPage: 'Open the page',
  openNow: 'We are here now',
  backAt: 'We are back {when}. A question sent now is answered by {due}.',
  todayAt: 'today at {time}',
  dayAt: '{day} at {time}',
  error: 'Something went wrong. Please try again.',
  offline: 'You seem to be offline. Your question is kept: we try again when you are back.',
  slow: 'This is taking longer than usual…',
  tooMany: 'Too many requests. Please wait a moment.',
};
