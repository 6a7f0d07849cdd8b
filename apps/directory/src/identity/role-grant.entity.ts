import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@coordination/auth';

@Entity({ name: 'role_grant' })
export class RoleGrantEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  /** A department P-code (PE15) narrowing a sector coordinator to one region. */
  @Column({ name: 'region_pcode', type: 'text', nullable: true })
  regionPcode: string | null;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;
}
