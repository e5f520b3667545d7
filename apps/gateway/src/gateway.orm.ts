import { serviceOrmSpec } from '@party/service-kit';
import { EndedSession } from './auth/ended-session.entity';
import { LoginAttempt } from './auth/login-attempt.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { BulkLoad } from './bulk-loads/bulk-load.entity';
import { User } from './users/user.entity';

/** The gateway schema: users, sessions (and those ended by logout), login attempts, bulk loads (and the platform's outbox/inbox/audit). */
export const gatewayOrm = serviceOrmSpec('gateway', [User, RefreshToken, EndedSession, LoginAttempt, BulkLoad], `${__dirname}/migrations`);
