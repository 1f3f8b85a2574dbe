import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { signInText, type SignInErrorKind } from "../../services/auth";
import { usePaneServices } from "../PaneServicesContext";

/** Above every tab when sign-in is lost mid-session: what happened, what to do, and the button that does it. */
export function SignInAgainBar(props: { kind: SignInErrorKind; busy: boolean; onSignIn: () => void }) {
  const { language } = usePaneServices();
  const text = signInText(props.kind, language);

  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive" data-sign-in-again={props.kind}>
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={props.busy} onClick={props.onSignIn}>
          {text.action}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
