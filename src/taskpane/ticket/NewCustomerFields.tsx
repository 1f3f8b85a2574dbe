import { Field, Input } from "@fluentui/react-components";
import type { NewCustomerForm } from "../../workflow/analysis";
import { useStrings } from "../strings";
import { useViewStyles } from "../view-styles";

/** The Nuevo cliente form, prefilled from the email; name and address are required. */
export function NewCustomerFields(props: { form: NewCustomerForm; onChange: (form: NewCustomerForm) => void }) {
  const strings = useStrings();
  const styles = useViewStyles();
  const { form } = props;
  const set = (field: keyof NewCustomerForm) => (_: unknown, data: { value: string }) =>
    props.onChange({ ...form, [field]: data.value });

  return (
    <fieldset className={styles.column}>
      <legend>{strings.customer.newHeading}</legend>
      <Field
        label={strings.customer.name}
        required
        validationMessage={form.name.trim() ? undefined : strings.customer.required}
      >
        <Input value={form.name} onChange={set("name")} maxLength={200} autoComplete="off" />
      </Field>
      <Field
        label={strings.customer.email}
        required
        validationMessage={form.email.trim() ? undefined : strings.customer.required}
      >
        <Input type="email" value={form.email} onChange={set("email")} maxLength={254} autoComplete="off" />
      </Field>
      <Field label={strings.customer.company}>
        <Input value={form.company} onChange={set("company")} maxLength={200} autoComplete="off" />
      </Field>
      <Field label={strings.customer.phone}>
        <Input type="tel" value={form.phone} onChange={set("phone")} maxLength={40} autoComplete="off" />
      </Field>
    </fieldset>
  );
}
