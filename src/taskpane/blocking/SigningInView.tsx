import { Body1, Button, Spinner, Subtitle1 } from "@fluentui/react-components";
import { signInText, type SignInErrorKind } from "../../services/auth";
import { usePaneServices } from "../PaneServicesContext";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";

/** Full-pane while the first token is obtained, or when it could not be, with a way to try again. */
export function SigningInView(props: { failed: boolean; errorKind: SignInErrorKind | null; onRetry: () => void }) {
  const strings = useStrings();
  const { language } = usePaneServices();
  const styles = useViewStyles();

  if (!props.failed) {
    return (
      <main className={styles.column} aria-labelledby="signing-in-title" data-blocking="signing-in">
        <Subtitle1 as="h1" id="signing-in-title">
          {strings.signIn.title}
        </Subtitle1>
        <Spinner size="small" label={strings.signIn.body} />
      </main>
    );
  }
  const text = props.errorKind
    ? signInText(props.errorKind, language)
    : { title: strings.signIn.failedTitle, body: strings.signIn.failedBody, action: strings.signIn.retry };
  return (
    <main className={styles.column} aria-labelledby="sign-in-failed-title" data-blocking="sign-in-failed">
      <Subtitle1 as="h1" id="sign-in-failed-title">
        {text.title}
      </Subtitle1>
      <Body1>{text.body}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onRetry}>
          {text.action}
        </Button>
      </div>
    </main>
  );
}
