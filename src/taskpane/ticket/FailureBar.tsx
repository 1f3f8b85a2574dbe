import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FlowFailure } from "../../workflow/flow-state";
import { useStrings } from "../strings";

/** What failed, why, and a Reintentar that redoes exactly that (with the same idempotency key). */
export function FailureBar(props: { failure: FlowFailure; onRetry: () => void; onDismiss: () => void }) {
  const strings = useStrings();
  const { failure } = props;
  const canRetry = failure.reason !== "customer-missing" && failure.reason !== "forbidden";

  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{strings.failure.actions[failure.action]}</MessageBarTitle>
        {strings.failure.reasons[failure.reason]}
        {failure.action === "create-ticket" && canRetry ? ` ${strings.failure.retrySafe}` : ""}
        {failure.correlationId ? ` ${strings.failure.correlation(failure.correlationId)}` : ""}
      </MessageBarBody>
      <MessageBarActions>
        {canRetry ? <Button onClick={props.onRetry}>{strings.failure.retry}</Button> : null}
        <Button appearance="subtle" onClick={props.onDismiss}>
          {strings.failure.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
