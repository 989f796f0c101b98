/** Where to find professional help: on the guide page and wherever the app recommends it. */
export function ProfessionalHelp() {
  return (
    <div className="card">
      <p>
        A psychologist or therapist who specialises in social anxiety — often using cognitive
        behavioural therapy (CBT) with graded exposure — can guide this kind of practice safely.
        Your family doctor can refer you or suggest where to start.
      </p>
      <p>
        If you are in crisis or thinking about harming yourself, contact your local emergency number
        or a crisis line in your country now.
      </p>
    </div>
  );
}
