// What mail clients write around quoted history, signatures and footers, as normalised text (lower case, no
// accents). Data rather than code so that a new client or language is one line.

/** Field names that open a quoted header block: "From:", "De:", "Da:" (Italian Outlook), "Von:"... */
export const FROM_FIELDS = ["from", "de", "da", "von", "van", "expediteur", "remetente", "enviado por"];

/** The other fields of a quoted header block. */
export const HEADER_FIELDS = [
  "sent",
  "date",
  "to",
  "cc",
  "subject",
  "enviado",
  "enviado el",
  "fecha",
  "para",
  "asunto",
  "inviato",
  "data",
  "a",
  "oggetto",
  "envoye",
  "objet",
  "gesendet",
  "an",
  "betreff",
  "assunto",
  "datum",
  "onderwerp",
  "aan",
];

/** Words that open a reply attribution line ("On Mon, ... wrote:", "El lun, ... escribió:"). */
export const ATTRIBUTION_OPENERS = ["on ", "el ", "em ", "le ", "am ", "il ", "op ", "den "];

/** How an attribution line ends. */
export const ATTRIBUTION_VERBS = [
  "wrote:",
  "escribio:",
  "escreveu:",
  "a ecrit :",
  "a ecrit:",
  "schrieb:",
  "ha scritto:",
  "schreef:",
  "skrev:",
];

/** Separator lines, compared after the surrounding dashes, underscores and colons are removed. */
export const SEPARATORS = [
  "original message",
  "mensaje original",
  "message d'origine",
  "messaggio originale",
  "ursprungliche nachricht",
  "mensagem original",
  "forwarded message",
  "mensaje reenviado",
  "message transfere",
  "messaggio inoltrato",
  "begin forwarded message",
  "inicio del mensaje reenviado",
  "inizio messaggio inoltrato",
  "mensagem encaminhada",
  "weitergeleitete nachricht",
  "forwarded message follows",
];

/** The separators that announce a forward rather than a reply. */
export const FORWARD_SEPARATORS = new Set([
  "forwarded message",
  "mensaje reenviado",
  "message transfere",
  "messaggio inoltrato",
  "begin forwarded message",
  "inicio del mensaje reenviado",
  "inizio messaggio inoltrato",
  "mensagem encaminhada",
  "weitergeleitete nachricht",
  "forwarded message follows",
]);

/** Subject prefixes of a forward: English, Spanish Outlook (RV), Italian (I), French (TR), German (WG). */
export const FORWARD_PREFIXES = ["fwd", "fw", "rv", "reenviar", "i", "tr", "wg", "enc", "doorst"];

/** Subject prefixes of a reply. */
export const REPLY_PREFIXES = ["re", "aw", "sv", "r", "ref", "rif", "antw", "resp", "res"];

/** Mobile and webmail footers, matched at the start of a line. */
export const MOBILE_FOOTERS = [
  "enviado desde mi",
  "enviado desde outlook",
  "enviado desde yahoo",
  "enviado desde correo",
  "enviado con",
  "obtener outlook para",
  "obtener outlook",
  "descargar outlook",
  "sent from my",
  "sent from outlook",
  "sent from yahoo",
  "sent from mail for windows",
  "sent with",
  "get outlook for",
  "envoye de mon",
  "envoye a partir de outlook",
  "inviato da",
  "gesendet von meinem",
  "enviado do meu",
];

/** Paragraph openers of legal disclaimers and print notices. */
export const DISCLAIMER_OPENERS = [
  "este mensaje y sus anexos",
  "este mensaje y sus archivos",
  "este mensaje y los archivos",
  "este correo electronico y",
  "este correo y sus",
  "este mensaje se dirige",
  "este mensaje va dirigido",
  "este mensaje es confidencial",
  "la informacion contenida en este",
  "aviso legal",
  "aviso de confidencialidad",
  "clausula de confidencialidad",
  "confidencialidad:",
  "proteccion de datos",
  "le informamos que sus datos",
  "de conformidad con lo establecido",
  "en cumplimiento de",
  "antes de imprimir",
  "piense en el medio ambiente",
  "this email and any",
  "this e-mail and any",
  "this message and any",
  "this message is intended",
  "this email is intended",
  "this e-mail is intended",
  "confidentiality notice",
  "confidentiality note",
  "disclaimer",
  "the information contained in this",
  "please consider the environment",
  "nota di riservatezza",
  "ce message et",
  "dieses e-mail",
];

/** Closing lines after which only the signature follows. */
export const CLOSINGS = [
  "saludos",
  "un saludo",
  "saludos cordiales",
  "un cordial saludo",
  "atentamente",
  "cordialmente",
  "reciba un saludo",
  "muchas gracias",
  "gracias",
  "gracias de antemano",
  "best regards",
  "kind regards",
  "regards",
  "best",
  "thanks",
  "thank you",
  "many thanks",
  "cheers",
  "sincerely",
  "yours sincerely",
  "warm regards",
  "un abrazo",
  "besos",
  "cordiali saluti",
  "distinti saluti",
  "atenciosamente",
  "cordialement",
  "bien cordialement",
  "mit freundlichen grussen",
  "freundliche grusse",
];
