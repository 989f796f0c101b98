import type { ChallengeId, Difficulty } from './challenges.js';
import type { Ladder, Rung } from './ladders.js';

/**
 * A rung's SUDS rating (0–100) as a difficulty (1–10). Both scales measure how daunting
 * the same request is, so each difficulty step spans ten SUDS points: 1–10 is difficulty
 * 1, 21–30 is 3, 91–100 is 10. Rounding up errs towards "harder": a rung rated 31 counts
 * as 4, never 3, so the guard can only underestimate how comfortable a rung is, never
 * offer a jump as a gentle step. 0 ("completely calm") is still a request, so 1.
 */
export function difficultyFromSuds(suds: number): Difficulty {
  return Math.min(10, Math.max(1, Math.ceil(suds / 10)));
}

/** The rung's current rating (its last), or null until the user has rated it. */
export function currentRating(rung: Rung): number | null {
  return rung.ratings.at(-1)?.suds ?? null;
}

/**
 * How daunting a rung is for this user: their own current rating when there is one. An
 * unrated rung falls back on its challenge's difficulty, the library's estimate (or the
 * user's own, for a challenge they wrote), until they rate it.
 */
export function rungDifficulty(rung: Rung): Difficulty {
  const rating = currentRating(rung);
  return rating === null ? rung.challenge.difficulty : difficultyFromSuds(rating);
}

/**
 * The challenges on the user's ladders. The rules weigh these as rungs only, never also as
 * library challenges: the user's own rating of a challenge outranks the library's estimate.
 */
export function challengesOnLadders(ladders: readonly Ladder[]): ReadonlySet<ChallengeId> {
  return new Set(ladders.flatMap((ladder) => ladder.rungs.map((rung) => rung.challenge.id)));
}
