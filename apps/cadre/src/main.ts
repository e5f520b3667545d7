import 'reflect-metadata';
import { bootService } from '@party/service-kit';
import { AppModule } from './app.module';

bootService({ service: 'cadre', module: AppModule, defaultPort: 3102 }).catch((err) => {
  console.error(err);
  process.exit(1);
});
