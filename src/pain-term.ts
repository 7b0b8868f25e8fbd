import { PainTerm } from './elements/term/term.js';
import { define } from './define.js';

export { PainTerm };

define('pain-term', PainTerm);

declare global {
  interface HTMLElementTagNameMap {
    'pain-term': PainTerm;
  }
}
