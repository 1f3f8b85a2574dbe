export * from "./domain";
export * from "./email";
export * from "./triage";
export * from "./customers";
export * from "./tickets";
export * from "./problem";
export * from "./api";
