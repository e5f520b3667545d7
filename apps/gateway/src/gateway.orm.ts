import { serviceOrmSpec } from '@party/service-kit';
import { LoginAttempt } from './auth/login-attempt.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { User } from './users/user.entity';

/** The gateway schema: users, sessions, login attempts (and the platform's outbox/inbox/audit). */
export const gatewayOrm = serviceOrmSpec('gateway', [User, RefreshToken, LoginAttempt], `${__dirname}/migrations`);
