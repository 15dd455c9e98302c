import { x } from './smoke.js'; x()
