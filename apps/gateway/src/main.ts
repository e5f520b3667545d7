import 'reflect-metadata';
import { exitGracefullyOnSignals } from '@party/service-kit';
import { createGateway } from './bootstrap';
import { loadGatewayEnv } from './config/gateway-env';

async function main() {
  const env = loadGatewayEnv();
  const app = await createGateway(env);
  await app.listen(env.HTTP_PORT ?? env.GATEWAY_PORT, env.HOST);
  exitGracefullyOnSignals(app);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
