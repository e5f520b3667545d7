import type { Type } from '@nestjs/common';
import request from 'supertest';
import { BackendService, healthPattern, ServiceHealth } from '@party/contracts';
import { entityMigrationDrift, ServiceOrmSpec } from '@party/database';
import { isolate, TEST_DATABASE_URL } from '@party/testing';
import { RunningService, startTestService } from './service-harness';

/**
 * What every backend service must show from its first day: it boots on its own schema and
 * prefix, reports health over HTTP and NATS, and its entities agree with its committed migrations.
 */
export function describeServiceFoundation(service: BackendService, orm: ServiceOrmSpec, loadModule: () => Type<unknown>): void {
  describe(`${service} service foundation`, () => {
    const iso = isolate(service);
    let running: RunningService;

    beforeAll(async () => {
      running = await startTestService({ service, orm, loadModule, iso });
    });
    afterAll(() => running?.close());

    it('answers its health request over NATS under the test prefix', async () => {
      const health = await running.send<ServiceHealth>(healthPattern(service), {});
      expect(health).toMatchObject({ service, status: 'up', checks: { postgres: 'up', nats: 'up' } });
    });

    it('reports live and ready over HTTP', async () => {
      await request(running.app.getHttpServer()).get('/health/live').expect(200, { status: 'up' });
      const ready = await request(running.app.getHttpServer()).get('/health/ready').expect(200);
      expect(ready.body.status).toBe('up');
    });

    it('exposes Prometheus metrics with its outbox lag', async () => {
      const res = await request(running.app.getHttpServer()).get('/metrics').expect(200);
      expect(res.text).toContain(`outbox_unpublished_events{service="${service}"} 0`);
      expect(res.text).toContain('process_cpu_user_seconds_total');
    });

    it('has committed migrations that agree with its entities', async () => {
      expect(await entityMigrationDrift(orm, TEST_DATABASE_URL)).toBe('');
    });
  });
}
