import { Router } from 'express';
import type { DiagnosisDeps } from '../../core/sessions/index.ts';

/** The admin web's "Try the bot" console under `/api/v1/console` (issue 8). */
export function consoleRouter(_diagnosis: DiagnosisDeps): Router {
  return Router();
}
