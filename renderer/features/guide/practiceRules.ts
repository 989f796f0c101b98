/** The four rules of the practice, as the app explains them (see ../shared/domain.md). */
export interface PracticeRule {
  readonly title: string;
  readonly summary: string;
  readonly howTheAppHelps: string;
}

export const practiceRules: readonly PracticeRule[] = [
  {
    title: 'Start small; never flood',
    summary:
      'Begin with requests that barely scare you and climb one rung at a time. Jumping straight to the hardest ask can make fear stronger, not weaker.',
    howTheAppHelps:
      'Challenges are ranked from 1 to 10, the next step is suggested from what you have actually done, and a plan that leaps far ahead gets a gentle warning.',
  },
  {
    title: 'Respect other people’s boundaries',
    summary:
      'A good request is easy to refuse. Never pester the same person, never ask for anything sexual or for touch, never make anyone feel unsafe, and never push a worker to break rules that could cost them.',
    howTheAppHelps:
      'Every built-in challenge follows these limits, and your own challenges pass a short boundary check before they are saved.',
  },
  {
    title: 'Reflect afterwards',
    summary:
      'After a challenge the mind races. Writing down what happened — or calling a friend you told beforehand — helps it settle and turns the moment into learning.',
    howTheAppHelps:
      'Each attempt ends with a short guided reflection, and you can ask for a nudge to call your trusted person.',
  },
  {
    title: 'Know when to quit',
    summary:
      'If the challenges leave you more anxious, or feel pointless, stopping is not weakness. If fear already keeps you from going out in public, do not do this alone.',
    howTheAppHelps:
      'The app watches your trend and, when distress is not coming down, says so kindly and suggests easier steps, a pause, or professional help.',
  },
];
