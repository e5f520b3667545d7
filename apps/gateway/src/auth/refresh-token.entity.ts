import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A refresh token, stored as a SHA-256 of its secret. Each use rotates it; a rotated token used
 * again means it was stolen, and every session of that user is revoked.
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['userId'] })
export class RefreshToken {
  [OptionalProps]?: 'createdAt' | 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  /** The login this token descends from (kept across rotations; the access tokens' `sid`): logout ends it. */
  @Property({ type: 'uuid' })
  @Index()
  sessionId!: string;

  @Property({ type: 'text' })
  secretHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
