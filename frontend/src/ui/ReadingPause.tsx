/**
 * A comma only screen readers hear, between two things the screen sets apart by layout alone
 * — a status badge and the sentence after it, a vote and its reason — so they are not read
 * as one run-on phrase ("Pending by Frederik", "For (1)The children…").
 */
export function ReadingPause() {
  return <span className="visually-hidden">{", "}</span>;
}
