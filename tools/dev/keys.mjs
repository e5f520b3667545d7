#!/usr/bin/env node
// `npm run keys`: a fresh set of signing keys for a deployment, as .env lines (one line each).
// The gateway needs JWT_PRIVATE_KEY; the report worker WORKER_SIGNING_KEY; every service the two
// public keys. Give each private key only to its app. (`npm start` makes its own in .data/keys.)
import { newKeyPair } from './lib/env.mjs';

const gateway = newKeyPair();
const worker = newKeyPair();
console.log(`# generated ${new Date().toISOString()} — keep the private keys out of git
JWT_PRIVATE_KEY=${gateway.privateKey}
JWT_PUBLIC_KEY=${gateway.publicKey}
WORKER_SIGNING_KEY=${worker.privateKey}
WORKER_PUBLIC_KEY=${worker.publicKey}`);
