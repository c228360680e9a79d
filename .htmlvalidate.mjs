// html-validate configuration for the built site: tests/dist/html-validate.test.ts runs it over every
// page in dist/. The recommended preset applies in full, except for the changes below, each with its reason.
import { defineConfig, definePlugin, Rule } from 'html-validate';

/**
 * wcag/h32, narrowed: every form that can be submitted needs a submit button. A form with no
 * `action` and no text field cannot be submitted at all (pressing Enter submits only from a text
 * field), so it is left alone: the live filter of category and tag pages is such a form, whose
 * selects update the list in place and whose only button resets them.
 */
class SubmittableFormNeedsSubmit extends Rule {
  documentation() {
    return { description: 'A form that can be submitted must have a submit button (wcag/h32, minus forms that cannot submit).' };
  }

  setup() {
    this.on('dom:ready', ({ document }) => {
      for (const form of document.querySelectorAll('form')) {
        const textFields = form.querySelectorAll('input').filter((input) => {
          const type = (input.getAttribute('type')?.value ?? 'text').toString().toLowerCase();
          return [
            'text',
            'search',
            'email',
            'url',
            'tel',
            'number',
            'password',
            'date',
            'month',
            'week',
            'time',
            'datetime-local',
          ].includes(type);
        });
        if (!form.hasAttribute('action') && textFields.length === 0) continue;
        const submit = form
          .querySelectorAll('button, input')
          .some((node) => Boolean(node.meta?.submitButton) && !node.hasAttribute('form'));
        const id = form.id;
        const associated =
          id !== null &&
          id !== '' &&
          document
            .querySelectorAll('button[form], input[form]')
            .some((node) => Boolean(node.meta?.submitButton) && node.getAttribute('form')?.value === id);
        if (!submit && !associated) this.report({ node: form, message: '<form> element must have a submit button' });
      }
    });
  }
}

export default defineConfig({
  plugins: [definePlugin({ name: 'atlas', rules: { 'atlas/form-submit': SubmittableFormNeedsSubmit } })],
  extends: ['html-validate:recommended'],
  rules: {
    // Off: a purely stylistic rule about the case of "<!DOCTYPE html>", which HTML treats as
    // case-insensitive. Astro writes the redirect pages of content/redirects.yml with a
    // lower-case doctype and offers no way to change it; every other page already uses upper case.
    'doctype-style': 'off',
    // Replaced by atlas/form-submit above (the same check, minus forms that cannot be submitted).
    'wcag/h32': 'off',
    'atlas/form-submit': 'error',
    // Adjusted, not off: role="listbox" is allowed. The search box is an ARIA combobox whose popup
    // is a listbox of links, which a native <select> cannot be; every other ARIA role that has a
    // native element still must use it.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});
