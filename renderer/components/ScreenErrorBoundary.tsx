import { Component, type ReactNode } from 'react';

interface ScreenErrorBoundaryState {
  readonly failed: boolean;
}

/**
 * Catches an error that breaks a screen while it draws, so the user sees a plain
 * sentence instead of an empty window. The journal lives in main and every save was
 * made there before it was shown, so a broken screen loses nothing: reloading the page
 * starts it again on the journal as it is.
 */
export class ScreenErrorBoundary extends Component<
  { readonly children: ReactNode },
  ScreenErrorBoundaryState
> {
  override state: ScreenErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ScreenErrorBoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="card" role="alert" aria-labelledby="screen-failed">
        <h1 id="screen-failed">This screen stopped working</h1>
        <p>
          Your journal is safe: everything you saved is in its encrypted file, and nothing was lost.
          Reloading starts the app again where your journal is.
        </p>
        <div className="actions">
          <button type="button" onClick={() => window.location.reload()}>
            Reload Ask Anyway
          </button>
        </div>
      </section>
    );
  }
}
