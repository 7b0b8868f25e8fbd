import { PainRecovery } from './elements/recovery/recovery.js';
import { define } from './define.js';
// Compiled content marks glossary words with <pain-term>.
import './pain-term.js';

export { PainRecovery };

define('pain-recovery', PainRecovery);

declare global {
  interface HTMLElementTagNameMap {
    'pain-recovery': PainRecovery;
  }
}
