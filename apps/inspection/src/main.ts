import 'reflect-metadata';
import { bootService } from '@party/service-kit';
import { AppModule } from './app.module';

bootService({ service: 'inspection', module: AppModule, defaultPort: 3104 }).catch((err) => {
  console.error(err);
  process.exit(1);
});
