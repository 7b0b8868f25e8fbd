import { PainProcedure } from './elements/procedure/procedure.js';
import { define } from './define.js';
// Compiled content marks glossary words with <pain-term>.
import './pain-term.js';

export { PainProcedure };

define('pain-procedure', PainProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'pain-procedure': PainProcedure;
  }
}
