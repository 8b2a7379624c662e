import { Component, type ReactNode } from 'react';

export interface EventErrorBoundaryProps {
  /** What to show instead when rendering the children throws. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Last line of defence in the browser: one event whose data breaks rendering is replaced by a short
 * note, and the rest of the list (and the host page) keeps working. Server rendering relies on the
 * components being defensive themselves.
 */
export class EventErrorBoundary extends Component<EventErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
