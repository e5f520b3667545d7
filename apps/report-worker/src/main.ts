import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitGracefullyOnSignals, parseEnv } from '@party/service-kit';
import { ReportWorkerModule } from './app.module';
import { workerEnvSchema } from './worker-env';

async function main() {
  const env = parseEnv(workerEnvSchema, process.env);
  const app = await NestFactory.create(ReportWorkerModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.listen(env.HTTP_PORT ?? 3106, env.HOST);
  exitGracefullyOnSignals(app);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
