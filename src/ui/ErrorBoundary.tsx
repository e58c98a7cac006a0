import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly fallback: (error: Error) => ReactNode;
  readonly onError?: (error: Error) => void;
  readonly children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failing widget from taking the page down: it renders `fallback` instead. To retry,
 * the owner remounts the boundary with a new `key`.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.onError?.(error);
    // Authors need the stack; readers see the fallback message.
    console.warn('Widget error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
