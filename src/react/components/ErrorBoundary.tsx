import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to show when rendering the children throws. */
  fallback: ReactNode;
  /** The fallback shows until this changes (a new dataset gets a new try). */
  resetKey?: unknown;
  onError?: (error: unknown, info: ErrorInfo) => void;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  /** The resetKey of the children rendered last: a failure belongs to it. */
  key: unknown;
}

/**
 * Keeps an error thrown while rendering the children inside them: the fallback takes their place and nothing reaches
 * the host page's own error handlers. Catches in the browser only; server rendering relies on the components being
 * defensive themselves (test/ssr checks them against arbitrary datasets).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // A host's handler that throws in turn must not undo the boundary.
    try {
      this.props.onError?.(error, info);
    } catch {
      /* nothing more can be done for it */
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
