import { practiceRules } from '../guide/practiceRules.js';

/**
 * The first thing a new user reads: what Ask Anyway is, what it is not, and the four
 * rules it is built around, before anything is asked of them.
 */
export function Welcome({ onBegin }: { readonly onBegin: () => void }) {
  return (
    <div className="welcome">
      <p className="lead">
        Ask Anyway helps you get less afraid of hearing “no”. You plan small requests that are
        likely to be refused, climb from easy to harder, and write down how each one went, so you
        can see your fear shrink over the weeks.
      </p>
      <p className="notice">
        It is a self-help practice and a private journal, <strong>not therapy</strong>. It cannot
        diagnose or treat anything, and it never replaces a professional.
      </p>
      <h2>Four rules to practise by</h2>
      <ol className="rules welcome-rules">
        {practiceRules.map((rule) => (
          <li key={rule.title}>
            <h3>{rule.title}</h3>
            <p>{rule.summary}</p>
          </li>
        ))}
      </ol>
      <p>
        Everything you write stays on this computer, encrypted with a passphrase only you know. No
        account, no server, no tracking.
      </p>
      <button type="button" onClick={onBegin}>
        Create my journal
      </button>
    </div>
  );
}
