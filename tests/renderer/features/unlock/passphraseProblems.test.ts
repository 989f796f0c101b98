import { describe, expect, it } from 'vitest';
import { problemsByField } from '../../../../renderer/components/fieldProblems.js';
import {
  passphraseFieldOf,
  passphraseSchema,
  passphraseWordsFor,
} from '../../../../renderer/features/unlock/passphraseProblems.js';

const problemsOf = (passphrase: string, confirmation: string) =>
  problemsByField(
    passphraseSchema,
    { passphrase, confirmation },
    passphraseFieldOf,
    passphraseWordsFor,
  );
const phrase = 'orbit tulip kettle seventeen marmalade';

describe('what keeps a new passphrase from being sent, beside its two fields', () => {
  it('takes any passphrase typed the same twice, weak ones too (the meter warns of those)', () => {
    expect(problemsOf(phrase, phrase)).toEqual({});
    expect(problemsOf('password1', 'password1')).toEqual({});
  });

  it('asks for a passphrase when there is none, or only spaces', () => {
    for (const blank of ['', '    ']) {
      expect(problemsOf(blank, blank)).toEqual({
        passphrase: 'Choose a passphrase — four or more unrelated words are easy to remember.',
      });
    }
  });

  it('says beside the second field when the two are not the same', () => {
    for (const confirmation of ['', 'orbit tulip', `${phrase} `]) {
      expect(problemsOf(phrase, confirmation)).toEqual({
        confirmation: 'Type the same passphrase again — the two are not the same yet.',
      });
    }
  });

  it('says how far a passphrase is over its limit, and never repeats it', () => {
    const novel = 'word '.repeat(300);
    const problems = problemsOf(novel, novel);
    expect(problems).toEqual({
      passphrase: 'Keep this to 1,024 characters at most — it has 1,500.',
      confirmation: 'Keep this to 1,024 characters at most — it has 1,500.',
    });
  });
});
