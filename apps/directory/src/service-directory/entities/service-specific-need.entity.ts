import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'service_specific_need' })
export class ServiceSpecificNeedEntity {
  @PrimaryColumn({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @PrimaryColumn({ name: 'specific_need', type: 'text' })
  specificNeed: string;
}
