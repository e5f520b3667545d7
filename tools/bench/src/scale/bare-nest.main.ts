import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * The floor of the gateway's ceiling: a NestJS app on Express with one route answering a small
 * JSON body — no guard, no log, no database. Started as a process of its own, as the gateway is.
 */
@Controller()
class PingController {
  @Get('ping')
  ping() {
    return { id: '01900000-0000-7000-8000-000000000000', username: 'bantochuc', roles: ['board'] };
  }
}

@Module({ controllers: [PingController] })
class BareModule {}

async function main() {
  const app = await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(process.env.HTTP_PORT), '127.0.0.1');
}

void main();
