export * from "./domain";
export * from "./email";
export * from "./triage";
export * from "./customers";
export * from "./tickets";
