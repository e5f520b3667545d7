import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';

/**
 * Access tokens are signed with ECDSA P-256 (ES256): the gateway holds the private key and every
 * service only the public one, so a service that is broken into cannot mint a token. Keys travel
 * in the environment as one line (base64 of DER: PKCS#8 for a private key, SPKI for a public one,
 * as `npm run keys` prints them) or as PEM.
 */
export const TOKEN_ALGORITHM = 'ES256' as const;
const CURVE = 'prime256v1';

export class KeyFormatError extends Error {}

function decode(text: string, kind: 'private' | 'public'): KeyObject {
  const raw = text.trim().replace(/\\n/g, '\n');
  if (raw.includes('-----BEGIN')) return kind === 'private' ? createPrivateKey(raw) : createPublicKey(raw);
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(raw)) throw new KeyFormatError('not PEM and not base64');
  const der = Buffer.from(raw, raw.includes('-') || raw.includes('_') ? 'base64url' : 'base64');
  return kind === 'private' ? createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) : createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/** A key from the environment, or an error that says what is wrong with it (never the key itself). */
export function readTokenKey(text: string, kind: 'private' | 'public'): KeyObject | Error {
  try {
    const key = decode(text, kind);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== CURVE) {
      return new KeyFormatError(`must be an ECDSA P-256 ${kind} key (ES256), got ${key.asymmetricKeyType ?? 'a symmetric key'}${key.asymmetricKeyDetails?.namedCurve ? ` on ${key.asymmetricKeyDetails.namedCurve}` : ''}`);
    }
    return key;
  } catch (err) {
    return new KeyFormatError(`is not a readable ${kind} key (${err instanceof KeyFormatError ? err.message : 'PEM or one-line base64 DER expected'}); generate one with npm run keys`);
  }
}

export interface TokenKeyPair {
  /** base64 PKCS#8 DER, one line */
  privateKey: string;
  /** base64 SPKI DER, one line */
  publicKey: string;
}

/** A fresh key pair in the one-line form the environment takes. */
export function newTokenKeyPair(): TokenKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: CURVE });
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** The public half of a private key, in the same one-line form. */
export function publicKeyOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
}

/**
 * A whole system's keys, as the environment variables that carry them: the gateway's pair and the
 * report worker's. `privateOf(app)` is what one app may hold besides the public keys.
 */
export function newSystemKeys() {
  const gateway = newTokenKeyPair();
  const worker = newTokenKeyPair();
  const publicKeys = { JWT_PUBLIC_KEY: gateway.publicKey, WORKER_PUBLIC_KEY: worker.publicKey };
  return {
    publicKeys,
    privateOf(app: string): Record<string, string> {
      if (app === 'gateway') return { JWT_PRIVATE_KEY: gateway.privateKey };
      if (app === 'report-worker') return { WORKER_SIGNING_KEY: worker.privateKey };
      return {};
    },
    /** Every key: for a test process that plays several apps at once. */
    all: { JWT_PRIVATE_KEY: gateway.privateKey, WORKER_SIGNING_KEY: worker.privateKey, ...publicKeys },
  };
}
