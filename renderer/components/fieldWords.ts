/**
 * What is wrong with a field, in the words shown beside it. One place, so every form
 * says the same thing the same way, and no schema wording reaches the user.
 */

const count = new Intl.NumberFormat('en');

/** "Keep this to 80 characters at most — it has 93." */
export function tooLongWords(max: number, length: number): string {
  return `Keep this to ${count.format(max)} characters at most — it has ${count.format(length)}.`;
}

/** "1,960 of 2,000 characters", shown as a field nears its limit. */
export function lengthCountWords(length: number, max: number): string {
  return `${count.format(length)} of ${count.format(max)} characters`;
}

/**
 * A field's count is shown once it holds this share of its limit: early enough to trim
 * calmly, late enough that short fields do not carry a counter all the time.
 */
export const countShownFrom = 0.8;
