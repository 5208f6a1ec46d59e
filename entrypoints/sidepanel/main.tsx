import { render } from 'preact';
import '@/components/theme.css';
import './sidepanel.css';
import { App } from './App';
import { markOnce } from '@/lib/ui/marks';
import { db } from '@/lib/db/database';

markOnce('app-start');
// Opening IndexedDB is the longest wait before the first view: start it before anything renders
// (the views' own queries then find it open or opening; an error reaches them).
void db()
  .open()
  .catch(() => {});

render(<App />, document.getElementById('app')!);
