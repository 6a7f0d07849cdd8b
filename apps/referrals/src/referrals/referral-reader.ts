import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { Clock } from '../shared/clock';
import { isCaseWorker } from '../shared/referral-roles';
import { toReferralModel, type ReferralModel, type ReferralTransitionModel } from './referral.model';
import { ReferralTransitionEntity } from './referral-transition.entity';
import { ReferralEntity } from './referral.entity';

/** One referral and its history, for case workers of the two organisations it joins; nobody else. */
@Injectable()
export class ReferralReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async referral(id: string, viewer: Viewer): Promise<ReferralModel | null> {
    if (!isCaseWorker(viewer)) return null;
    const referral = await this.dataSource.manager.findOneBy(ReferralEntity, { id });
    const involved =
      referral &&
      (referral.sendingOrganisationId === viewer.organisationId ||
        referral.receivingOrganisationId === viewer.organisationId);
    return involved ? toReferralModel(referral, this.clock.now()) : null;
  }

  async transitions(referralId: string): Promise<ReferralTransitionModel[]> {
    const rows = await this.dataSource.manager.find(ReferralTransitionEntity, {
      where: { referralId },
      order: { id: 'ASC' },
    });
    return rows.map(({ fromStatus, toStatus, actorId, actorOrganisationId, at }) => ({
      fromStatus,
      toStatus,
      actorId,
      actorOrganisationId,
      at,
    }));
  }
}
