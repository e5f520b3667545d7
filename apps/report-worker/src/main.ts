import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { baseEnvSchema, exitGracefullyOnSignals, parseEnv } from '@party/service-kit';
import { ReportWorkerModule } from './app.module';

async function main() {
  const env = parseEnv(baseEnvSchema);
  const app = await NestFactory.create(ReportWorkerModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.listen(env.HTTP_PORT ?? 3106, '0.0.0.0');
  exitGracefullyOnSignals(app);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
