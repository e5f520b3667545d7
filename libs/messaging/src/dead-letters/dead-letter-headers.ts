/** Headers a dead letter carries about where it came from and why it stopped. */
export const DEAD_LETTER_HEADERS = {
  consumer: 'Dlq-Consumer',
  sourceStream: 'Dlq-Source-Stream',
  sourceSubject: 'Dlq-Source-Subject',
  sourceSeq: 'Dlq-Source-Seq',
  attempts: 'Dlq-Attempts',
  error: 'Dlq-Error',
  at: 'Dlq-At',
} as const;
