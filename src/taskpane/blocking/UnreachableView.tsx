import { Body1, Button, Spinner, Subtitle1 } from "@fluentui/react-components";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";

/** Full-pane: the backend does not answer. The pane polls /api/health and leaves this view by itself. */
export function UnreachableView(props: { onRetryNow: () => void }) {
  const strings = useStrings();
  const styles = useViewStyles();

  return (
    <main className={styles.column} aria-labelledby="unreachable-title" data-blocking="unreachable">
      <Subtitle1 as="h1" id="unreachable-title">
        {strings.unreachable.title}
      </Subtitle1>
      <Body1>{strings.unreachable.body}</Body1>
      <Spinner size="tiny" label={strings.unreachable.checking} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onRetryNow}>
          {strings.unreachable.retryNow}
        </Button>
      </div>
    </main>
  );
}
