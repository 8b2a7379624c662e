import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface EmbedErrorBoundaryProps {
  /** The fallback shows until this changes (a new dataset gets a new try). */
  resetKey: unknown;
  /** What to show when rendering the children throws. */
  fallback: ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  /** The resetKey of the children rendered last: a failure belongs to it. */
  key: unknown;
}

/**
 * Keeps an error while rendering inside the host page's placeholder: the fallback (the events as a list, or a
 * sentence) takes the graphic's place and nothing reaches the page's own error handlers.
 */
export class EmbedErrorBoundary extends Component<EmbedErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, key: undefined };

  static getDerivedStateFromProps(props: EmbedErrorBoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
