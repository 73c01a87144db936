import { Component, type ErrorInfo, type ReactNode } from 'react';
import { forgetFailedLoads } from '../components/lazy-until-failure';

interface Props {
  /** Names the view in the message ("The Materials view stopped working"). */
  viewName: string;
  /** Called by "Reset this view" before re-rendering, e.g. to clear the view's settings. */
  onReset?: () => void;
  /**
   * The view's settings that a reset would clear, as they read in the link (`q=garnet`); asked
   * when the message is shown, so it names exactly what the reset puts back to its default.
   */
  settingsInUse?: () => string[];
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a crash in one view and shows a message with a "Reset this view" action, so the rest of
 * the app keeps working and nothing the user made elsewhere is lost.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[${this.props.viewName}]`, error, info.componentStack);
    // A view or diagrams whose code failed to download load afresh on "Reset this view".
    forgetFailedLoads();
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="panel error-panel" role="alert">
        {/* The crashed view took its own h1 with it: the message is the page heading now. */}
        <h1>The {this.props.viewName} view stopped working</h1>
        <p>
          Error: <code>{this.state.error.message}</code>
        </p>
        <p>The other views still work. {resetText(this.props.settingsInUse?.() ?? [])}</p>
        <button type="button" className="button" onClick={this.reset}>
          Reset this view
        </button>
      </section>
    );
  }
}

function resetText(settings: readonly string[]): string {
  if (settings.length === 0) return 'This view has no settings of its own in use; resetting draws it again.';
  const list = settings.map((s) => `“${s}”`).join(', ');
  return `Resetting puts this view's ${settings.length === 1 ? 'setting' : 'settings'} ${list} back to ${settings.length === 1 ? 'its default' : 'their defaults'} and draws it again.`;
}
