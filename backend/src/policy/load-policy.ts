import fs from "node:fs";
import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import {
  computeDueTime,
  DEFAULT_FOLLOW_UP_TEMPLATES,
  DEFAULT_REPLY_TEMPLATES,
  DEFAULT_SERVICE_LEVELS,
  type ReplyTemplate,
  type ServiceLevelPolicy,
} from "../../../src/core";
import { LANGUAGES, type Language } from "../../../src/core/contracts";
import type { AppConfig } from "../config";
import { ConfigError } from "../config-error";

/** What an administrator may replace without touching code: service levels and the reply wording. */
export interface Policy {
  serviceLevels: ServiceLevelPolicy;
  replyTemplates: Record<Language, ReplyTemplate>;
  followUpTemplates: Record<Language, ReplyTemplate>;
}

const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 10_000 });
const ServiceLevelsSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    businessDays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }),
    businessHours: Type.Object(
      { start: Type.String({ pattern: "^\\d{2}:\\d{2}$" }), end: Type.String({ pattern: "^\\d{2}:\\d{2}$" }) },
      { additionalProperties: false },
    ),
    holidays: Type.Array(Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" }), { maxItems: 1000 }),
    targets: Type.Object({ Baja: Hours, Media: Hours, Alta: Hours, Urgente: Hours }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

const TemplateSchema = Type.Object(
  {
    language: Type.Union(LANGUAGES.map((l) => Type.Literal(l))),
    subjectPrefix: Type.String({ maxLength: 20 }),
    html: Type.String({ minLength: 1, maxLength: 20_000 }),
    text: Type.String({ minLength: 1, maxLength: 20_000 }),
  },
  { additionalProperties: false },
);
const TemplatesFileSchema = Type.Object(
  {
    reply: Type.Optional(Type.Object({ es: TemplateSchema, en: TemplateSchema }, { additionalProperties: false })),
    followUp: Type.Optional(Type.Object({ es: TemplateSchema, en: TemplateSchema }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

/** Reads the configured files, or the core's defaults; any mistake stops the start with the file and the place. */
export function loadPolicy(config: Pick<AppConfig, "serviceLevelsFile" | "templatesFile">): Policy {
  const serviceLevels = config.serviceLevelsFile
    ? readJson(config.serviceLevelsFile, "SERVICE_LEVELS_FILE", ServiceLevelsSchema)
    : DEFAULT_SERVICE_LEVELS;
  checkServiceLevels(serviceLevels, config.serviceLevelsFile);

  const templates = config.templatesFile
    ? readJson(config.templatesFile, "REPLY_TEMPLATES_FILE", TemplatesFileSchema)
    : {};
  return {
    serviceLevels,
    replyTemplates: templates.reply ?? DEFAULT_REPLY_TEMPLATES,
    followUpTemplates: templates.followUp ?? DEFAULT_FOLLOW_UP_TEMPLATES,
  };
}

function readJson<T extends TSchema>(file: string, variable: string, schema: T): Static<T> {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError([`${variable}: cannot read JSON from ${file} (${(error as Error).message})`]);
  }

  const errors = [...Value.Errors(schema, value)].slice(0, 10);
  if (errors.length > 0) {
    throw new ConfigError(errors.map((e) => `${variable} (${file}): ${e.path || "/"} ${e.message}`));
  }
  return value;
}

/** Hours that cannot be counted (end before start, an unknown time zone) fail here rather than on a ticket. */
function checkServiceLevels(policy: ServiceLevelPolicy, file: string | null): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: policy.timeZone });
    computeDueTime(new Date(), "Urgente", policy);
  } catch (error) {
    throw new ConfigError([`SERVICE_LEVELS_FILE (${file ?? "defaults"}): ${(error as Error).message}`]);
  }
}
