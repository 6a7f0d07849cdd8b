import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per event a consumer group has applied, written in the same transaction as the effects,
 * so a redelivered event is recognised and changes nothing.
 */
@Entity({ name: 'inbox_message' })
export class InboxMessageEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'integer' })
  partition: number;

  @Column({ name: 'kafka_offset', type: 'bigint' })
  kafkaOffset: string;

  @Column({ name: 'handled_at', type: 'timestamptz', default: () => 'now()' })
  handledAt: Date;
}
