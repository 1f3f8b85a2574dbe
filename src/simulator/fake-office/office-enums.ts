/** The enum values Office.js defines, as strings; the add-in compares against these. */
export const OFFICE_ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  MailboxEnums: {
    ItemType: { Message: "message", Appointment: "appointment" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    CategoryColor: Object.fromEntries(
      ["None", ...Array.from({ length: 25 }, (_, index) => `Preset${index}`)].map((name) => [name, name]),
    ),
  },
};
