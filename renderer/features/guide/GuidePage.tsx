import { practiceRules } from './practiceRules.js';
import { ProfessionalHelp } from './ProfessionalHelp.js';
import { SelfCheckAgain } from './SelfCheckAgain.js';

/** The practice explained: what it is, what it is not, its rules, and where to find help. */
export function GuidePage() {
  return (
    <article className="page" aria-labelledby="guide-title">
      <h1 id="guide-title">The practice</h1>
      <p className="lead">
        “Rejection therapy” is a self-help challenge: you deliberately make small requests that are
        likely to be refused, so that hearing “no” slowly loses its sting. It borrows the logic of
        exposure therapy — facing a feared situation in small, repeated steps until the fear shrinks
        because nothing terrible happens.
      </p>
      <p className="notice">
        Ask Anyway is a private practice journal, <strong>not therapy</strong> and not a medical
        device. It cannot diagnose or treat anything.
      </p>

      <h2>Four rules the app is built around</h2>
      <ol className="rules">
        {practiceRules.map((rule) => (
          <li key={rule.title} className="card">
            <h3>{rule.title}</h3>
            <p>{rule.summary}</p>
            <p className="hint">{rule.howTheAppHelps}</p>
          </li>
        ))}
      </ol>

      <SelfCheckAgain />

      <h2>Where to find professional help</h2>
      <ProfessionalHelp />
    </article>
  );
}
