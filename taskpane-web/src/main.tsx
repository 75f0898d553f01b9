import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api';
import { App } from './App';
import { detectHost } from './office';
import './index.css';

const root = createRoot(document.getElementById('root')!);

void detectHost().then((host) => {
  root.render(
    <StrictMode>
      <App client={new ApiClient()} host={host} />
    </StrictMode>,
  );
});
