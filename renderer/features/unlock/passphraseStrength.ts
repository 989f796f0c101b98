/** What the strength meter shows: a 0–4 score and words to go with it. */
export interface StrengthRating {
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly label: string;
  readonly warning: string;
  readonly suggestions: readonly string[];
}

const labels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

type Checker = (passphrase: string) => {
  score: 0 | 1 | 2 | 3 | 4;
  feedback: { warning: string | null; suggestions: string[] };
};

let checker: Promise<Checker> | undefined;

/**
 * zxcvbn-ts and its dictionaries (about a megabyte) load on first use, in their own
 * chunk, so the app opens without them.
 */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const factory = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
    return (passphrase) => factory.check(passphrase);
  });
  return checker;
}

/** Rates a passphrase with a real estimator (zxcvbn): common words, patterns, dates, l33t. */
export async function ratePassphrase(passphrase: string): Promise<StrengthRating> {
  const check = await loadChecker();
  const { score, feedback } = check(passphrase.slice(0, 256));
  return {
    score,
    label: labels[score],
    warning: feedback.warning ?? '',
    suggestions: feedback.suggestions,
  };
}
