import { AgreementGrantedV1, AgreementRevokedV1, type CloudEvent, type EventData } from '@coordination/contracts';

export interface KnownAgreement {
  agreementId: string;
  integratorClientId: string;
  eventTypes: string[];
  allowedFields: Record<string, string[]>;
  validFrom: Date;
  validTo: Date;
  revoked: boolean;
}

export type AgreementStatus = 'active' | 'revoked' | 'expired' | 'not_yet_valid' | 'unknown';

/**
 * The gateway's copy of the data-sharing agreements, rebuilt from the `directory.agreement` topic
 * at start-up and kept current from it. A revocation is seen here within the consumer's lag, and
 * from then on the integrator's tokens are refused and its subscriptions ended.
 */
export class AgreementRegistry {
  private readonly agreements = new Map<string, KnownAgreement>();
  private readonly revocationListeners = new Set<(agreementId: string) => void>();

  apply(event: CloudEvent): void {
    if (event.type === AgreementGrantedV1.type) {
      const data = event.data as EventData<typeof AgreementGrantedV1>;
      const previous = this.agreements.get(data.agreementId);
      this.agreements.set(data.agreementId, {
        agreementId: data.agreementId,
        integratorClientId: data.integratorClientId,
        eventTypes: data.eventTypes,
        allowedFields: data.allowedFields,
        validFrom: new Date(data.validFrom),
        validTo: new Date(data.validTo),
        // A revocation read before its grant (replays across partitions) still wins.
        revoked: previous?.revoked ?? false,
      });
    } else if (event.type === AgreementRevokedV1.type) {
      const data = event.data as EventData<typeof AgreementRevokedV1>;
      const known = this.agreements.get(data.agreementId);
      this.agreements.set(data.agreementId, {
        ...(known ?? {
          agreementId: data.agreementId,
          integratorClientId: data.integratorClientId,
          eventTypes: [],
          allowedFields: {},
          validFrom: new Date(0),
          validTo: new Date(0),
        }),
        revoked: true,
      });
      for (const listener of this.revocationListeners) listener(data.agreementId);
    }
  }

  get(agreementId: string): KnownAgreement | undefined {
    return this.agreements.get(agreementId);
  }

  status(agreementId: string, at = new Date()): AgreementStatus {
    const agreement = this.agreements.get(agreementId);
    if (!agreement) return 'unknown';
    if (agreement.revoked) return 'revoked';
    if (at < agreement.validFrom) return 'not_yet_valid';
    if (at >= agreement.validTo) return 'expired';
    return 'active';
  }

  onRevoked(listener: (agreementId: string) => void): () => void {
    this.revocationListeners.add(listener);
    return () => this.revocationListeners.delete(listener);
  }
}
