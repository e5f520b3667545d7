/** An event a consumer gave up on, as the admin page lists it. */
export interface DeadLetter {
  /** Sequence in the dead-letter stream: the handle for a retry. */
  seq: number;
  consumer: string;
  sourceStream: string;
  sourceSubject: string;
  sourceSeq: number;
  attempts: number;
  error: string;
  deadLetteredAt: string;
  /** Null when the message was not a readable envelope. */
  eventId: string | null;
  eventType: string | null;
  occurredOn: string | null;
}
