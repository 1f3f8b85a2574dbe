import { LANGUAGES } from "../../../../src/core/contracts";
import { SIGN_IN_ERROR_KINDS } from "../../../../src/services/auth/sign-in-error";
import { SIGN_IN_STRINGS, signInText } from "../../../../src/services/auth/sign-in-strings";

describe("sign-in texts", () => {
  it.each(LANGUAGES)("say in %s what happened and what to do for every kind of failure", (language) => {
    for (const kind of SIGN_IN_ERROR_KINDS) {
      const text = signInText(kind, language);

      expect(text.title.trim()).not.toBe("");
      expect(text.body.length).toBeGreaterThan(text.title.length);
      expect(text.action.trim()).not.toBe("");
    }
  });

  it("give each kind its own title", () => {
    const titles = SIGN_IN_ERROR_KINDS.map((kind) => SIGN_IN_STRINGS.es[kind].title);

    expect(new Set(titles).size).toBe(SIGN_IN_ERROR_KINDS.length);
  });

  it("are not English in the Spanish set", () => {
    const spanish = SIGN_IN_ERROR_KINDS.map((kind) => SIGN_IN_STRINGS.es[kind].body).join(" ");

    expect(spanish).not.toMatch(/\b(the|sign in|your|try again)\b/i);
  });
});
