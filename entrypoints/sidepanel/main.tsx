import { render } from 'preact';
import '@/components/theme.css';
import './sidepanel.css';
import { App } from './App';
import { markOnce } from '@/lib/ui/marks';

markOnce('app-start');

render(<App />, document.getElementById('app')!);
