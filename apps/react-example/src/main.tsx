// Registers the elements before React renders them: React 19 sets a prop as a property only when
// the element, already upgraded, has one of that name.
import '@victim-referral/widgets';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { loadConfig } from './config.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App {...(await loadConfig())} />
  </StrictMode>,
);
