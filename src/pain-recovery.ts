import { PainRecovery } from './elements/recovery/recovery.js';
import { define } from './define.js';

export { PainRecovery };

define('pain-recovery', PainRecovery);

declare global {
  interface HTMLElementTagNameMap {
    'pain-recovery': PainRecovery;
  }
}
