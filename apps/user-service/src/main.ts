// Tracing must start before Nest, express and http load: keep this import first.
import './instrumentation';
import { bootstrapService } from '@app/service-kit';
import { AppModule } from './app.module';

void bootstrapService(AppModule);
