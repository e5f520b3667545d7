import 'reflect-metadata';
import { bootService } from '@party/service-kit';
import { AppModule } from './app.module';

bootService({ service: 'membership', module: AppModule, defaultPort: 3101 }).catch((err) => {
  console.error(err);
  process.exit(1);
});
