import 'reflect-metadata';
import { bootService } from '@party/service-kit';
import { AppModule } from './app.module';

bootService({ service: 'training', module: AppModule, defaultPort: 3103 }).catch((err) => {
  console.error(err);
  process.exit(1);
});
