import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A session ended by logout, kept as long as an access token of it could still be unexpired
 * (`ACCESS_TOKEN_TTL_SECONDS`): a gateway that starts, or misses the news, reads it from here.
 */
@Entity({ tableName: 'ended_session' })
export class EndedSession {
  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'timestamptz' })
  endedAt!: Date;
}
