import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { AutomaticMail } from "../../core/contracts";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";

/** Auto-replies, bounces and receipts are not ticketed unless the agent insists. */
export function AutomaticMailView(props: { automatic: AutomaticMail; onInsist: () => void }) {
  const strings = useStrings();
  const styles = useViewStyles();

  return (
    <section className={styles.column} aria-label={strings.automatic.title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {strings.automatic.title}: {strings.automatic.kinds[props.automatic.kind]}
          </MessageBarTitle>
          {strings.automatic.body}
        </MessageBarBody>
      </MessageBar>
      <Body1 className={styles.muted}>{strings.automatic.evidence(props.automatic.evidence)}</Body1>
      <div className={styles.actions}>
        <Button onClick={props.onInsist}>{strings.automatic.createAnyway}</Button>
      </div>
    </section>
  );
}
