// The one door to Zod: every schema imports `z` from here, so a message we did not write ourselves
// still reaches people in Vietnamese (Zod's own `vi` locale) instead of "Too big: expected string…".
import { z } from "zod";

z.config(z.locales.vi());

export { z };
