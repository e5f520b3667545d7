import { newTokenKeyPair } from '@party/auth';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGateway } from '../bootstrap';
import { loadGatewayEnv } from '../config/gateway-env';
import { buildOpenApiDocument } from './openapi-document';

/** The committed OpenAPI document, from which the portal's client is generated (`npm run openapi`). */
export const OPENAPI_FILE = resolve(__dirname, '../../../../openapi.json');

export function serializeOpenApi(doc: object): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

async function main(): Promise<void> {
  // the document needs the routes, never a token: a throwaway secret when none is set
  const env = loadGatewayEnv({ LOG_LEVEL: 'warn', JWT_PRIVATE_KEY: newTokenKeyPair().privateKey, ...process.env });
  const app = await createGateway(env);
  writeFileSync(OPENAPI_FILE, serializeOpenApi(buildOpenApiDocument(app)));
  console.log(`wrote ${OPENAPI_FILE}`);
  // the app was never listening: no need to wait for its connections to drain
  await Promise.race([app.close(), new Promise((r) => setTimeout(r, 2000).unref())]);
  process.exit(0);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
