import type { Provider } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { PrincipalVerifier, readTokenKey } from '@party/auth';
import { BaseEnv, ConfigError } from './config';
import { SERVICE_ENV } from './tokens';

function keyOf(text: string): KeyObject {
  const key = readTokenKey(text, 'public');
  if (key instanceof Error) throw new ConfigError(key.message);
  return key;
}

/** The service's judge of tokens, from the public keys in its environment (checked at boot). */
export const principalVerifierProvider: Provider = {
  provide: PrincipalVerifier,
  inject: [SERVICE_ENV],
  useFactory: (env: BaseEnv) => {
    if (!env.JWT_PUBLIC_KEY) {
      throw new ConfigError('Invalid environment:\n  JWT_PUBLIC_KEY: required — the gateway\'s public key, which every service needs to believe a user\'s token (npm start generates the pair; npm run keys prints one)');
    }
    return new PrincipalVerifier({ gateway: keyOf(env.JWT_PUBLIC_KEY), reportWorker: env.WORKER_PUBLIC_KEY ? keyOf(env.WORKER_PUBLIC_KEY) : undefined });
  },
};
