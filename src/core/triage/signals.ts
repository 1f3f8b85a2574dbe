// The signals an experienced agent reads in a support email, as data. Phrases are normalised (lower case, no
// accents), separated by "|" and matched at word boundaries; a trailing "*" matches any word ending ("factur*"
// matches factura and facturación). Weights are signed contributions to the severity score; `kind` drives the
// evaluation (a fault needs investigation, a question or a change can be solved now).

export type SignalKind = "fault" | "impact" | "urgency" | "question" | "change" | "calm";

export type Signal = {
  code: string;
  es: string;
  en: string;
  weight: number;
  kind: SignalKind;
  phrases: readonly string[];
  /** Codes of signals this one cancels ("no es urgente" cancels "urgencia explícita"). */
  cancels?: readonly string[];
};

const list = (phrases: string): string[] => phrases.split("|").map((p) => p.trim());

export const SIGNALS: readonly Signal[] = [
  {
    ...{ code: "outage", es: "servicio caído", en: "service down", weight: 4, kind: "fault" },
    phrases: list(
      "caido|caida|caidas|fuera de servicio|interrupcion*|inactividad|no funciona nada|sin servicio|no disponible|" +
        "no esta disponible|no responde|corte|disrupci*|outage*|is down|are down|went down|service down|" +
        "unavailable|not responding|downtime",
    ),
  },
  {
    ...{ code: "error", es: "error o fallo", en: "error or fault", weight: 2, kind: "fault" },
    phrases: list(
      "error*|fallo*|falla*|no funciona|sin funcionar|sigue fallando|deja de funcionar|dejo de funcionar|" +
        "mal funcionamiento|no puedo|no podemos|" +
        "no pueden|bloque*|se cierra|cierres|congela*|bug|averi*|defectuos*|roto|rota|not working|doesn't work|" +
        "does not work|broken|crash*|fails|failed|failing|cannot|can't|unable|stopped working|freez*",
    ),
  },
  {
    ...{ code: "many-users", es: "afecta a muchos usuarios", en: "affects many users", weight: 3, kind: "impact" },
    phrases: list(
      "todos los usuarios|todos los empleados|toda la empresa|toda la oficina|todo el equipo|toda la red|" +
        "todo el sistema|nadie puede|ningun usuario|varios usuarios|multiples usuarios|all users|all our users|" +
        "everyone|nobody can|whole team|entire company|multiple users",
    ),
  },
  {
    ...{ code: "business-impact", es: "impacto en el negocio", en: "business impact", weight: 2, kind: "impact" },
    phrases: list(
      "produccion|perdida de ventas|perdiendo ventas|perdiendo dinero|nuestros clientes|operaciones|paraliz*|" +
        "detenid*|productividad|production|losing money|losing sales|our customers|business operations",
    ),
  },
  {
    ...{ code: "money", es: "cobros o pagos", en: "billing or payments", weight: 2, kind: "fault" },
    phrases: list(
      "cobro*|cargo|cargos|doble cargo|cobrado|cobrado dos veces|pago rechazado|pagos rechazados|no puedo pagar|" +
        "reembolso|factura incorrecta|error en la factura|problema de facturacion|problemas de facturacion|" +
        "discrepancia*|billing error|billing issue|charged|double charge|refund|payment failed|payments failing|" +
        "wrong invoice",
    ),
  },
  {
    ...{ code: "data-loss", es: "pérdida de datos", en: "data loss", weight: 4, kind: "fault" },
    phrases: list(
      "perdida de datos|datos perdidos|perdido los datos|perdido datos|perdido archivos|se han borrado|se borraron|" +
        "corrupt*|irrecuperable*|data loss|lost data|lost all|deleted",
    ),
  },
  {
    ...{ code: "security", es: "incidente de seguridad", en: "security incident", weight: 4, kind: "fault" },
    phrases: list(
      "brecha|hacke*|acceso no autorizado|phishing|malware|ransomware|virus|fuga de datos|vulnerabilidad*|" +
        "suplantacion|intrusion|rgpd|datos personales|comprometid*|security breach|breach|unauthorized access|" +
        "data leak|compromised|gdpr",
    ),
  },
  {
    ...{ code: "deadline", es: "plazo legal o contractual", en: "legal or contractual deadline", weight: 2 },
    kind: "urgency",
    phrases: list(
      "fecha limite|antes del dia|plazo|vence|vencimiento|penaliza*|incumplimiento|sla|contractual|" +
        "demanda|abogado*|deadline|" +
        "due date|penalty|lawsuit|legal action|breach of contract",
    ),
  },
  {
    ...{ code: "today", es: "plazo: hoy", en: "deadline: today", weight: 1, kind: "urgency" },
    phrases: list("hoy|hoy mismo|esta tarde|today|tonight|this afternoon|end of day"),
  },
  {
    ...{ code: "urgency", es: "urgencia explícita", en: "explicitly urgent", weight: 3, kind: "urgency" },
    phrases: list(
      "urgent*|urgencia|inmediat*|cuanto antes|lo antes posible|a la mayor brevedad|asap|critico|critica|criticos|" +
        "alta prioridad|prioridad alta|emergencia|grave|graves|immediate*|critical|high priority|emergency|severe",
    ),
  },
  {
    ...{ code: "question", es: "solo una consulta", en: "just a question", weight: -2, kind: "question" },
    phrases: list(
      "consulta|pregunta|preguntar|duda|dudas|informacion sobre|quisiera saber|me gustaria saber|como puedo|como se|" +
        "podrian informarme|question|how do i|how can i|wondering|information about|would like to know",
    ),
  },
  {
    ...{ code: "advice", es: "pide consejo o buenas prácticas", en: "asks for advice", weight: -2, kind: "question" },
    phrases: list("mejores practicas|buenas practicas|asesoria|asesoramiento|best practices|advice on|guidance on"),
  },
  {
    ...{ code: "how-to", es: "pregunta cómo hacer algo", en: "asks how to do something", weight: -2 },
    kind: "question",
    phrases: list(
      "como configurar|ayuda para configurar|ayudarme con la configuracion|ayudarme a configurar|instrucciones|" +
        "paso a paso|how to|help me set up|help setting up|step by step",
    ),
  },
  {
    ...{ code: "quote", es: "petición comercial", en: "sales enquiry", weight: -2, kind: "question" },
    phrases: list("precio|precios|presupuesto|cotizacion|tarifa*|demostracion|pricing|quote|price|prices|demo"),
  },
  {
    ...{ code: "suggestion", es: "sugerencia o mejora", en: "suggestion or improvement", weight: -2 },
    kind: "question",
    phrases: list(
      "sugerencia*|sugerir|propuesta|solicitud de mejora|nueva funcionalidad|me gustaria proponer|suggestion*|" +
        "feature request|would be nice|new feature",
    ),
  },
  {
    ...{ code: "minor", es: "problema menor o intermitente", en: "minor or intermittent problem", weight: -2 },
    kind: "calm",
    phrases: list(
      "intermitent*|ocasional*|esporadic*|a veces|de vez en cuando|leve|leves|menor|pequeno problema|estetico|" +
        "minor|sometimes|occasionally|intermittent*|sporadic*|cosmetic|small issue",
    ),
  },
  {
    ...{ code: "single-user", es: "afecta a una sola persona", en: "affects one person", weight: -1, kind: "calm" },
    phrases: list(
      "solo a mi|solo me afecta|solo yo|only me|only affects me|mi impresora|mi portatil|mi ordenador|mi equipo|" +
        "mi dispositivo|mi telefono|mi movil|mi tableta|mi cargador|mi router|mi punto de acceso|mi raton|" +
        "mi teclado|mi monitor|my printer|my laptop|my computer|my device|my phone|my tablet|my charger|my router",
    ),
  },
  {
    ...{ code: "change-request", es: "cambio de datos o configuración", en: "data or settings change", weight: -1 },
    kind: "change",
    phrases: list(
      "cambiar|cambio de|actualizar mis datos|actualizar los detalles|modificar|modificacion|" +
        "restablecer la contrasena|cambio de direccion|dar de baja|dar de alta|update my|change my|reset my password",
    ),
  },
  {
    ...{ code: "resolved", es: "el cliente confirma que está resuelto", en: "customer confirms it is solved" },
    ...{ weight: -3, kind: "calm" },
    phrases: list(
      "ya funciona|ya esta solucionado|esta solucionado|se ha solucionado|resuelto|pueden cerrar|puede cerrar|" +
        "that fixed it|it works now|working now|is solved|is resolved|you can close",
    ),
  },
  {
    ...{ code: "not-urgent", es: "no es urgente", en: "not urgent", weight: -3, kind: "calm" },
    cancels: ["urgency", "today"],
    phrases: list(
      "no es urgente|no urgente|nada urgente|sin prisa|cuando puedan|cuando tengan tiempo|no corre prisa|" +
        "not urgent|no rush|" +
        "when you have time|whenever you can|no hurry",
    ),
  },
];

/** How many affected people make a problem widespread ("afecta a 40 usuarios"). */
export const PEOPLE_WORDS = list(
  "usuarios|empleados|personas|trabajadores|clientes|equipos|puestos|oficinas|tiendas|users|employees|people|" +
    "staff|customers|computers|stores|offices",
);
export const MANY_PEOPLE = 20;
export const SOME_PEOPLE = 5;

/** Severity score bounds for each priority. */
export const PRIORITY_THRESHOLDS = { urgente: 10, alta: 3, baja: -2 } as const;

/** Signals that keep a message above Baja whatever else it says. */
export const SERIOUS_SIGNALS = [
  "outage",
  "data-loss",
  "security",
  "many-users",
  "business-impact",
  "urgency",
  "deadline",
];
