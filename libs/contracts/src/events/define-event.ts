import { z } from 'zod';
import { Envelope, envelopeSchema } from './envelope';

export const SERVICES = ['membership', 'cadre', 'training', 'inspection', 'reporting', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * How every event is declared: one constant per (type, version) with its zod schema.
 * A breaking change is a new version declared beside the old one, consumed side by side.
 */
export interface EventDefinition<TSchema extends z.ZodType = z.ZodType> {
  readonly service: ServiceName;
  readonly aggregate: string;
  readonly name: string;
  readonly version: number;
  /** `membership.member.admitted` — the envelope's `type`. */
  readonly type: string;
  /** `evt.membership.member.admitted.v1`, before the environment's prefix. */
  readonly subject: string;
  readonly schema: TSchema;
}

export type EventData<D> = D extends EventDefinition<infer S> ? z.infer<S> : never;
export type EventOf<D> = Envelope<EventData<D>>;

const NAME = /^[a-z][a-zA-Z]*$/;

export function defineEvent<TSchema extends z.ZodType>(spec: {
  service: ServiceName;
  aggregate: string;
  name: string;
  version: number;
  schema: TSchema;
}): EventDefinition<TSchema> {
  if (!NAME.test(spec.aggregate) || !NAME.test(spec.name)) {
    throw new Error(`Event names are lowerCamelCase words: ${spec.aggregate}.${spec.name}`);
  }
  if (!Number.isInteger(spec.version) || spec.version < 1) {
    throw new Error(`Event version must be a positive integer: ${spec.version}`);
  }
  const type = `${spec.service}.${spec.aggregate}.${spec.name}`;
  return { ...spec, type, subject: `evt.${type}.v${spec.version}` };
}

/** Parses a raw envelope and its data against the definition; throws a ZodError when either is wrong. */
export function parseEvent<S extends z.ZodType>(def: EventDefinition<S>, raw: unknown): Envelope<z.infer<S>> {
  const envelope = envelopeSchema.parse(raw);
  if (envelope.type !== def.type || envelope.version !== def.version) {
    throw new Error(`Expected ${def.type} v${def.version}, got ${envelope.type} v${envelope.version}`);
  }
  return { ...envelope, data: def.schema.parse(envelope.data) };
}
