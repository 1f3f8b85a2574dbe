import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Customer, CustomerMatch } from "../../core/contracts";
import { useStrings } from "../strings";

interface CandidateListProps {
  matches: CustomerMatch[];
  /** A customer added in this session, listed even though the CRM search did not return it. */
  extra: Customer | null;
  chosenId: string | null;
  onChoose: (customer: Customer) => void;
}

/** The CRM's candidates, best first, each with the reason it matched; choosing one is the agent's act. */
export function CandidateList(props: CandidateListProps) {
  const strings = useStrings();
  const customers = candidates(props.matches, props.extra);

  return (
    <Field label={strings.customer.candidates}>
      <RadioGroup
        value={props.chosenId ?? ""}
        onChange={(_, data) => {
          const chosen = customers.find((c) => c.customer.id === data.value);
          if (chosen) props.onChoose(chosen.customer);
        }}
      >
        {customers.map(({ customer, reason }) => (
          <Radio
            key={customer.id}
            value={customer.id}
            label={describe(customer, reason ? strings.customer.reasons[reason] : null)}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

function candidates(matches: CustomerMatch[], extra: Customer | null) {
  const listed: Array<{ customer: Customer; reason: CustomerMatch["reason"] | null }> = matches.map((m) => ({
    customer: m.customer,
    reason: m.reason,
  }));
  if (extra && !listed.some((c) => c.customer.id === extra.id)) listed.unshift({ customer: extra, reason: null });
  return listed;
}

function describe(customer: Customer, reason: string | null): string {
  const company = customer.company ? ` · ${customer.company}` : "";
  return `${customer.name} <${customer.email}>${company}${reason ? ` (${reason})` : ""}`;
}
