import { render } from 'preact';
import '@/components/theme.css';
import './sidepanel.css';
import { App } from './App';
import { markOnce } from '@/lib/ui/marks';
import { db } from '@/lib/db/database';
import { userMessage } from '@/lib/messaging/errors';

markOnce('app-start');
const root = document.getElementById('app')!;
// Opening IndexedDB is the longest wait before the first view: start it before anything renders
// (the views' own queries then find it open or opening). If it cannot open, say so in words.
db()
  .open()
  .catch((err: unknown) =>
    render(
      <p class="notice err" role="alert">
        {userMessage(err)}
      </p>,
      root,
    ),
  );

render(<App />, root);
