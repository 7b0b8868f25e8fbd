import { PainClinic } from './elements/clinic/clinic.js';
import { define } from './define.js';

export { PainClinic };

define('pain-clinic', PainClinic);

declare global {
  interface HTMLElementTagNameMap {
    'pain-clinic': PainClinic;
  }
}
