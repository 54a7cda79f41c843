import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers every element before React renders them, so React sets props
// such as `adapter` as properties.
import '@open-lines/elements/define.js';
import '@open-lines/elements/themes/light.css';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
