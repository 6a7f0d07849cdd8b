import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'service_population_group' })
export class ServicePopulationGroupEntity {
  @PrimaryColumn({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @PrimaryColumn({ name: 'population_group', type: 'text' })
  populationGroup: string;
}
