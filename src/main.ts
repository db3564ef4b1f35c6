import { mount } from 'svelte';
import App from './App.svelte';
import 'virtual:parley-tokens.css';
import './app.css';
import './app-page.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
