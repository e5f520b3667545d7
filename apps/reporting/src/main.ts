import 'reflect-metadata';
import { bootService } from '@party/service-kit';
import { AppModule } from './app.module';

bootService({ service: 'reporting', module: AppModule, defaultPort: 3105 }).catch((err) => {
  console.error(err);
  process.exit(1);
});
