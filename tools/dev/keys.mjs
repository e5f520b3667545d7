#!/usr/bin/env node
// `npm run -s keys > .env`: a fresh set of secrets for a deployment (docker-compose.yml reads them),
// one line each. The gateway needs JWT_PRIVATE_KEY, the report worker WORKER_SIGNING_KEY, every
// service the two public keys; each app its own NATS password (deploy/nats.conf); Redis and PostgreSQL their passwords.
// Give each private key only to its app. (`npm start` makes its own in .data/.)
import { randomBytes } from 'node:crypto';
import { NATS_USERS, natsPasswordVariable, newKeyPair } from './lib/env.mjs';

const gateway = newKeyPair();
const worker = newKeyPair();
const secret = () => randomBytes(24).toString('hex');
console.log(`# generated ${new Date().toISOString()} by npm run keys — keep this file out of git
JWT_PRIVATE_KEY=${gateway.privateKey}
JWT_PUBLIC_KEY=${gateway.publicKey}
WORKER_SIGNING_KEY=${worker.privateKey}
WORKER_PUBLIC_KEY=${worker.publicKey}
${NATS_USERS.map((u) => `${natsPasswordVariable(u)}=${secret()}`).join('\n')}
REDIS_PASSWORD=${secret()}
POSTGRES_PASSWORD=${secret()}`);
