import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { z } from 'zod';
import { DomainError, ErrorCode, ServiceRequest, validate } from '@party/contracts';
import { PrefixedNatsServer } from '@party/messaging';
import { RpcErrorFilter } from '@party/service-kit';
import { TEST_NATS_URL } from '@party/testing';
import { statusOf } from '../http/error.filter';
import { startTestGateway, TestGateway } from '../testing/gateway-harness';
import { ServiceClient } from './service-client';

@Controller()
class ProbeController {
  @MessagePattern('probe.echo')
  echo(@Payload() req: ServiceRequest<{ text: string }>) {
    return { echoed: req.payload.text, token: req.token, keys: Object.keys(req).sort(), correlationId: req.correlationId };
  }

  @MessagePattern('probe.fail')
  fail(@Payload() req: ServiceRequest<{ code: ErrorCode }>) {
    throw new DomainError({ code: req.payload.code, message: { vi: `lỗi ${req.payload.code}`, en: `error ${req.payload.code}` } });
  }

  @MessagePattern('probe.validate')
  check(@Payload() req: ServiceRequest) {
    return validate(z.object({ year: z.number().int().min(1930) }), req.payload);
  }

  @MessagePattern('probe.crash')
  crash() {
    throw new Error('secret internal detail');
  }
}

@Module({ controllers: [ProbeController], providers: [{ provide: APP_FILTER, useClass: RpcErrorFilter }] })
class ProbeModule {}

/** The error a request fails with; a request that succeeds fails the test. */
const failure = (p: Promise<unknown>): Promise<DomainError> =>
  p.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: DomainError) => e,
  );

let gw: TestGateway;
let probe: INestMicroservice;
let client: ServiceClient;

beforeAll(async () => {
  gw = await startTestGateway({ label: 'gwclient', env: { SERVICE_TIMEOUT_MS: '1500' } });
  probe = await NestFactory.createMicroservice(ProbeModule, { strategy: new PrefixedNatsServer({ servers: [TEST_NATS_URL], prefix: gw.iso.natsPrefix }), logger: false });
  await probe.listen();
  client = gw.app.get(ServiceClient);
});
afterAll(async () => {
  await probe?.close();
  await gw?.close();
});

/** What the gateway forwards is the caller's token as it came; the probe does not verify it. */
const principal = 'header.claims.signature';

describe('request-reply from the gateway to a service', () => {
  it('carries the caller\'s token and a correlation id with the payload, and no principal a service could be told', async () => {
    const res = await client.request<{ echoed: string; token: string; keys: string[]; correlationId: string }>('probe.echo', { text: 'xin chào' }, principal);
    expect(res).toMatchObject({ echoed: 'xin chào', token: 'header.claims.signature', keys: ['correlationId', 'payload', 'token'] });
    expect(res.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['validation', 400],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['rule_violation', 422],
  ] as const)('brings a %s error back typed, for a %i', async (code, status) => {
    const err = await failure(client.request('probe.fail', { code }, principal));
    expect(err).toBeInstanceOf(DomainError);
    expect(err.body).toEqual({ code, message: { vi: `lỗi ${code}`, en: `error ${code}` } });
    expect(statusOf(err.body.code)).toBe(status);
  });

  it('brings field errors back from the service validation', async () => {
    const err = await failure(client.request('probe.validate', { year: 1900 }, principal));
    expect(err.body.code).toBe('validation');
    expect(err.body.fields).toEqual([expect.objectContaining({ field: 'year', vi: expect.stringContaining('1930') })]);
  });

  it('hides an internal failure behind a generic message', async () => {
    const err = await failure(client.request('probe.crash', {}, principal));
    expect(err.body.code).toBe('internal');
    expect(JSON.stringify(err.body)).not.toContain('secret');
  });

  it('answers 503 (unavailable) when no service is there to answer', async () => {
    const err = await failure(client.request('nobody.home', {}, principal));
    expect(err.body.code).toBe('unavailable');
    expect(statusOf(err.body.code)).toBe(503);
    expect(err.body.message.vi).toContain('không phản hồi');
  });
});
