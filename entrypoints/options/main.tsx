import { render } from 'preact';
import '@/lib/schema/messages-en';
import '@/components/theme.css';
import './options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
