import { FluentProvider } from "@fluentui/react-components";
import type { EmailFacts } from "../core/contracts";
import { SigningInView } from "./blocking/SigningInView";
import { fluentTheme, type PaneThemeName } from "./pane-theme";
import { PaneServicesProvider, usePaneServices, type PaneServices } from "./PaneServicesContext";
import { Shell } from "./shell/Shell";
import { SignInAgainBar } from "./shell/SignInAgainBar";
import { useLapsedSignIn } from "./shell/use-lapsed-sign-in";
import { useSignIn } from "./shell/use-sign-in";
import { usePaneTheme, type ThemeFollower } from "./use-pane-theme";

interface AppProps {
  services: PaneServices;
  /** The theme when the pane opens; `followTheme` reports later changes where the host can. */
  theme: PaneThemeName;
  followTheme?: ThemeFollower;
  /** The email read before the first render, handed over once to the Ticket tab. */
  takeOpeningEmail?: () => EmailFacts | null | undefined;
  healthPollMs?: number;
}

/** The pane's root: services, the Office theme (followed while open), then the tabs. */
export function App(props: AppProps) {
  const theme = usePaneTheme(props.theme, props.followTheme);

  return (
    <PaneServicesProvider services={props.services}>
      <FluentProvider theme={fluentTheme(theme)} lang={props.services.language} data-theme={theme}>
        <SignedIn healthPollMs={props.healthPollMs} takeOpeningEmail={props.takeOpeningEmail} />
      </FluentProvider>
    </PaneServicesProvider>
  );
}

/**
 * The tabs do not wait for the first token: the email is read from Outlook and shown while sign-in goes on, and
 * the calls to the backend wait for the token by themselves.
 */
function SignedIn(props: Pick<AppProps, "healthPollMs" | "takeOpeningEmail">) {
  const { tokens } = usePaneServices();
  const signIn = useSignIn(tokens);
  const again = useLapsedSignIn(tokens);

  if (signIn.state === "failed") return <SigningInView failed errorKind={signIn.errorKind} onRetry={signIn.retry} />;
  return (
    <>
      {again.lapsed && signIn.state === "signed-in" ? (
        <SignInAgainBar kind={again.lapsed.kind} busy={again.busy} onSignIn={again.signInAgain} />
      ) : null}
      <Shell
        healthPollMs={props.healthPollMs}
        signingIn={signIn.state === "signing-in"}
        takeOpeningEmail={props.takeOpeningEmail}
      />
    </>
  );
}
