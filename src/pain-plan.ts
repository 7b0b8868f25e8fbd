import { PainPlan } from './elements/plan/plan.js';
import { define } from './define.js';
// A plan opens its steps' topics in place with <pain-procedure>.
import './pain-procedure.js';

export { PainPlan };

define('pain-plan', PainPlan);

declare global {
  interface HTMLElementTagNameMap {
    'pain-plan': PainPlan;
  }
}
