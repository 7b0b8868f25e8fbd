// Stands in for an older browser without custom elements: the page's
// scripts see no window.customElements, as they would there.
/* global window */
Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
