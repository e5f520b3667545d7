import type { JetStreamManager } from 'nats';
import type { ReportCompleteness, ReportSourceProgress, ServiceName } from '@party/contracts';
import type { DurableConsumer } from '@party/messaging';

const NOT_FOUND = [10014, 10059]; // consumer, stream

const notFound = (err: unknown) => NOT_FOUND.includes((err as { api_error?: { err_code?: number } }).api_error?.err_code ?? 0);

/**
 * How far one consumer has applied its source's stream, from JetStream itself: the ack floor is
 * the last event applied with every earlier one (a consumer acknowledges only after its
 * transaction committed), the stream's last sequence what there is to apply. While a rebuild has
 * deleted the durable, nothing counts as applied.
 */
export async function sourceProgress(jsm: JetStreamManager, consumer: Pick<DurableConsumer, 'streamName' | 'durableName'>, source: ServiceName): Promise<ReportSourceProgress> {
  const lastSequence = await jsm.streams
    .info(consumer.streamName)
    .then((i) => i.state.last_seq)
    .catch((err) => (notFound(err) ? 0 : Promise.reject(err)));
  const info = await jsm.consumers.info(consumer.streamName, consumer.durableName).catch((err) => (notFound(err) ? null : Promise.reject(err)));
  if (!info) return { source, appliedThrough: null, lastSequence, waiting: lastSequence };
  const floor = info.ack_floor.stream_seq;
  const waiting = info.num_pending + info.num_ack_pending;
  if (!floor) return { source, appliedThrough: null, lastSequence, waiting };
  return { source, appliedThrough: { sequence: floor, ...(await eventAt(jsm, consumer.streamName, floor)) }, lastSequence, waiting };
}

/** The event's id, type and recording time; nulls when the stream no longer holds it (purged). */
async function eventAt(jsm: JetStreamManager, stream: string, seq: number): Promise<{ eventId: string | null; type: string | null; recordedAt: string | null }> {
  try {
    const e = (await jsm.streams.getMessage(stream, { seq })).json<{ id?: unknown; type?: unknown; recordedAt?: unknown }>();
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return { eventId: text(e.id), type: text(e.type), recordedAt: text(e.recordedAt) };
  } catch (err) {
    if (notFound(err) || /no message found/i.test(String((err as Error).message))) return { eventId: null, type: null, recordedAt: null };
    throw err;
  }
}

export function completenessOf(sources: ReportSourceProgress[]): ReportCompleteness {
  return { complete: sources.every((s) => s.waiting === 0), sources };
}
