import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { UnreachableView } from "../blocking/UnreachableView";
import { usePaneServices } from "../PaneServicesContext";
import { useStrings } from "../strings";
import { preloadEditingView, TicketTab } from "../ticket/TicketTab";
import { useHealthPoll } from "../ticket/use-health-poll";
import { useTicketFlow } from "../ticket/use-ticket-flow";
import { LazyBoundary } from "./LazyBoundary";

// The queue and follow-up views pull in Graph and more Fluent components: loaded only when their tab is opened.
const InboxView = lazy(() => import("../inbox/InboxView"));
const FollowUpView = lazy(() => import("../followup/FollowUpView"));

type PaneTab = "ticket" | "inbox" | "followup";

const useStyles = makeStyles({
  tabs: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** The pane's three tabs. The Ticket tab stays mounted while hidden so that the flow keeps its place. */
export function Shell(props: { healthPollMs?: number }) {
  const strings = useStrings();
  const styles = useStyles();
  const { backend } = usePaneServices();
  const [tab, setTab] = useState<PaneTab>("ticket");
  const flow = useTicketFlow();
  useEffect(preloadEditingView, []);
  useHealthPoll(flow.model.unreachable, backend, flow.actions.recover, props.healthPollMs);

  if (flow.model.unreachable) return <UnreachableView onRetryNow={flow.actions.recover} />;

  return (
    <div>
      <TabList
        reserveSelectedTabSpace={false}
        className={styles.tabs}
        aria-label={strings.tabs.label}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PaneTab)}
      >
        <Tab value="ticket" id="tab-ticket" aria-controls="panel-ticket">
          {strings.tabs.ticket}
        </Tab>
        <Tab value="inbox" id="tab-inbox" aria-controls="panel-inbox">
          {strings.tabs.inbox}
        </Tab>
        <Tab value="followup" id="tab-followup" aria-controls="panel-followup">
          {strings.tabs.followUp}
        </Tab>
      </TabList>
      <main id="panel-ticket" role="tabpanel" aria-labelledby="tab-ticket" hidden={tab !== "ticket"}>
        <TicketTab model={flow.model} actions={flow.actions} />
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
