// `node --import ./register-wrapper-hooks.mjs`: installs wrapper-loader-hooks.mjs before any test loads.
import { register } from 'node:module';

register('./wrapper-loader-hooks.mjs', import.meta.url);
