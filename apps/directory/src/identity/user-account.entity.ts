import { Column, Entity, PrimaryColumn } from 'typeorm';

export type UserStatus = 'active' | 'disabled';

@Entity({ name: 'user_account' })
export class UserAccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** `scrypt$N$r$p$salt$hash`, see passwords/password-hasher.ts. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  status: UserStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
