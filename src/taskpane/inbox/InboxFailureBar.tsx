import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { InboxFailure } from "./inbox-failure";
import { useInboxStrings } from "./inbox-strings";

/** A failed load, in words the agent can act on, with a Reintentar that repeats exactly that load. */
export function InboxFailureBar(props: { failure: InboxFailure; title: string; onRetry: () => void }) {
  const strings = useInboxStrings();
  const { failure } = props;
  const throttled = failure.kind === "throttled";

  return (
    <MessageBar intent={throttled ? "warning" : "error"} layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {strings.failures[failure.kind]}
        {throttled && failure.retryAfterSeconds ? ` ${strings.retryAfter(failure.retryAfterSeconds)}` : ""}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>{strings.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
