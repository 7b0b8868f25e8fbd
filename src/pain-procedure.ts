import { PainProcedure } from './elements/procedure/procedure.js';
import { define } from './define.js';

export { PainProcedure };

define('pain-procedure', PainProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'pain-procedure': PainProcedure;
  }
}
