import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { CategoryResult } from "../../workflow/create-ticket";
import { useStrings, type Strings } from "../strings";

/** Whether the email carries the ticket's category; a host that cannot do it is said plainly. */
export function CategoryNotice(props: { category: CategoryResult; ticketNumber: string }) {
  const strings = useStrings();
  const tagged = props.category === "added" || props.category === "already-present";

  return (
    <MessageBar intent={tagged ? "success" : "warning"} layout="multiline">
      <MessageBarBody>{categoryText(strings, props.category, props.ticketNumber)}</MessageBarBody>
    </MessageBar>
  );
}

function categoryText(strings: Strings, category: CategoryResult, ticketNumber: string): string {
  if (category === "added" || category === "already-present") return strings.created.categoryAdded(ticketNumber);
  if (category === "unsupported") return strings.created.categoryUnsupported;
  return strings.created.categoryFailed;
}
