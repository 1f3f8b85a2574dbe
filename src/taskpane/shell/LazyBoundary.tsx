import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { logger } from "../logger";
import { useStrings } from "../strings";

interface State {
  failed: boolean;
}

/** A tab whose code could not be loaded (offline, a new deployment) says so instead of blanking the pane. */
export class LazyBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    logger.error("pane.view-failed", { error: error instanceof Error ? error.name : "unknown" });
  }

  override render() {
    return this.state.failed ? <LazyFailed /> : this.props.children;
  }
}

function LazyFailed() {
  const strings = useStrings();
  return (
    <MessageBar intent="error">
      <MessageBarBody>{strings.lazyFailed}</MessageBarBody>
    </MessageBar>
  );
}
