import { Body1 } from "@fluentui/react-components";

// Placeholder so that the pane builds; the Pendientes view (issue 6) replaces this file.
export default function FollowUpView() {
  return <Body1>Pendientes</Body1>;
}
