import { createApp } from 'vue';
// Registers every element before Vue mounts, so Vue sets bindings such as
// `:adapter` as properties.
import '@open-lines/elements/define.js';
import '@open-lines/elements/themes/light.css';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
