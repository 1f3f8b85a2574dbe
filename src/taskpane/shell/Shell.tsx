import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { EmailFacts } from "../../core/contracts";
import { UnreachableView } from "../blocking/UnreachableView";
import { usePaneServices } from "../PaneServicesContext";
import { useStrings } from "../strings";
import { preloadEditingView, TicketTab } from "../ticket/TicketTab";
import { useHealthPoll } from "../ticket/use-health-poll";
import { useTicketFlow } from "../ticket/use-ticket-flow";
import { LazyBoundary } from "./LazyBoundary";
import { PaneTabs, type PaneTab } from "./PaneTabs";

// The queue and follow-up views pull in Graph and more Fluent components: loaded only when their tab is opened.
const InboxView = lazy(() => import("../inbox/InboxView"));
const FollowUpView = lazy(() => import("../followup/FollowUpView"));

type PaneTabName = "ticket" | "inbox" | "followup";

interface ShellProps {
  healthPollMs?: number;
  signingIn?: boolean;
  /** The email read before the first render, handed over once (see useTicketFlow). */
  takeOpeningEmail?: () => EmailFacts | null | undefined;
}

/**
 * The pane's three tabs. The Ticket tab stays mounted while hidden so that the flow keeps its place. `signingIn`:
 * the first token is still on its way (the email is shown meanwhile).
 */
export function Shell(props: ShellProps) {
  const strings = useStrings();
  const { backend } = usePaneServices();
  const [tab, setTab] = useState<PaneTabName>("ticket");
  const flow = useTicketFlow(props.takeOpeningEmail);
  // Once the email is on screen, the form steps load while the CRM is being asked, not before the first paint.
  const reading = flow.model.state.kind === "loading";
  useEffect(() => {
    if (!reading) preloadEditingView();
  }, [reading]);
  useHealthPoll(flow.model.unreachable, backend, flow.actions.recover, props.healthPollMs);

  // Part of the first download on purpose: with the backend gone, a lazily loaded view could not load either.
  if (flow.model.unreachable) return <UnreachableView onRetryNow={flow.actions.recover} />;

  const tabs: PaneTab<PaneTabName>[] = [
    { value: "ticket", label: strings.tabs.ticket },
    { value: "inbox", label: strings.tabs.inbox },
    { value: "followup", label: strings.tabs.followUp },
  ];
  return (
    <div>
      <PaneTabs label={strings.tabs.label} tabs={tabs} selected={tab} onSelect={setTab} />
      <main id="panel-ticket" role="tabpanel" aria-labelledby="tab-ticket" hidden={tab !== "ticket"}>
        <TicketTab model={flow.model} actions={flow.actions} signingIn={props.signingIn ?? false} />
      </main>
      {tab !== "ticket" ? (
        <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <LazyBoundary>
            <Suspense fallback={<Spinner size="small" label={strings.loadingView} />}>
              {tab === "inbox" ? <InboxView /> : <FollowUpView />}
            </Suspense>
          </LazyBoundary>
        </section>
      ) : null}
    </div>
  );
}
