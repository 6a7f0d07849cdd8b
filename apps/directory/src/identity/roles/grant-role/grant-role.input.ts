import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { ROLES, type Role } from '@coordination/auth';
import { SECTOR_CODES } from '@coordination/taxonomies';
import { RoleEnum } from '../role.enum';

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  userId: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Required for SECTOR_COORDINATOR, refused for other roles.' })
  sector?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Department P-code (PE15) narrowing a SECTOR_COORDINATOR to one region; refused for other roles.',
  })
  regionPcode?: string | null;
}

/** Peru's 25 departments by UBIGEO code, PE01 (Amazonas) to PE25 (Ucayali); Callao is PE07. */
const departmentPcodeSchema = z.string().regex(/^PE(0[1-9]|1\d|2[0-5])$/, 'must be a department P-code such as PE15');

export const grantRoleSchema = z
  .object({
    userId: z.uuid(),
    role: z.enum(ROLES),
    sector: z.enum(SECTOR_CODES).nullish(),
    regionPcode: departmentPcodeSchema.nullish(),
  })
  .superRefine((grant, context) => {
    const coordinator = grant.role === 'SECTOR_COORDINATOR';
    if (coordinator && !grant.sector) {
      context.addIssue({ code: 'custom', path: ['sector'], message: 'is required for a sector coordinator' });
    }
    for (const scope of ['sector', 'regionPcode'] as const) {
      if (!coordinator && grant[scope]) {
        context.addIssue({ code: 'custom', path: [scope], message: 'applies only to sector coordinators' });
      }
    }
  })
  .transform((grant) => ({ ...grant, sector: grant.sector ?? null, regionPcode: grant.regionPcode ?? null }));

export type GrantRoleCommand = z.infer<typeof grantRoleSchema>;
