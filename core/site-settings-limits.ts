// How long the settings' lists may grow: the schema refuses more, and the form offers no more rows.
// Apart from the schema so the form's browser code does not carry Zod.
export const MAX_SLOGANS = 10;
export const MAX_RELATED_LINKS = 20;
