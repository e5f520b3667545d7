import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { recordSecretarySessionSchema } from './commands';
import { secretarySessionViewSchema } from './views';

/** Bồi dưỡng bí thư chi bộ: a session and who attended. */
export const SECRETARY_SESSION_ROUTES = {
  recordSecretarySession: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/secretary-sessions',
    pattern: 'training.secretarySession.record',
    permission: 'training:write',
    tag: 'training',
    summary: 'Buổi bồi dưỡng bí thư chi bộ và người dự / A chi bộ secretaries session and its attendees',
    description: 'The Board only (whole bloc). `id` is the session’s, as `sessionId`.',
    body: recordSecretarySessionSchema,
    response: secretarySessionViewSchema.extend({ id: z.uuid() }),
    status: 201,
  }),
};
