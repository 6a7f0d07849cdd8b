import { useState } from 'preact/hooks';
import { ApiRequestError, graphql } from '../api/graphql-client';
import {
  RECORD_CONSENT,
  REFERRAL_RECEIVERS,
  REGISTER_CASE,
  SEND_REFERRAL,
  type ReferralReceiverView,
} from '../api/referral-operations';
import { loadAdminUnits, loadSectors, useLoaded } from '../api/reference-data';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../ui/router';
import { PlacePicker } from '../ui/place-picker';

const DOCUMENT_TYPES = ['CEDULA', 'PASSPORT', 'PTP', 'CPP', 'CARNE_EXTRANJERIA', 'DNI', 'OTHER'];
const PRIORITIES = ['EMERGENCY', 'URGENT', 'STANDARD'] as const;
const METHODS = ['WRITTEN', 'VERBAL', 'DIGITAL'] as const;

/**
 * Refers a person: the case (its personal data sealed by the referrals service), the person's consent
 * to share it with the chosen service's organisation, then the referral, in that order. Ids are chosen
 * here once, so sending again after a network failure repeats nothing.
 */
export function ReferralFormPage() {
  const { t, language } = useI18n();
  const { accessToken } = useSession();
  const units = useLoaded(() => loadAdminUnits(accessToken), [accessToken]) ?? [];
  const sectors = useLoaded(() => loadSectors(new Date().getFullYear(), accessToken), [accessToken]) ?? [];
  const [ids] = useState(() => ({
    case: crypto.randomUUID(),
    consent: crypto.randomUUID(),
    referral: crypto.randomUUID(),
  }));
  const [person, setPerson] = useState({
    givenNames: '',
    familyNames: '',
    documentType: 'CEDULA',
    documentNumber: '',
    phone: '',
  });
  const [sector, setSector] = useState('');
  const [placePcode, setPlacePcode] = useState('');
  const [receivers, setReceivers] = useState<ReferralReceiverView[] | null>(null);
  const [serviceId, setServiceId] = useState('');
  const [reason, setReason] = useState('');
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>('URGENT');
  const [consentGiven, setConsentGiven] = useState(false);
  const [method, setMethod] = useState<(typeof METHODS)[number]>('VERBAL');
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const [sending, setSending] = useState(false);
  const chosenSector = sector || sectors[0]?.code || '';
  const receiver = receivers?.find((candidate) => candidate.serviceId === serviceId);

  async function findServices() {
    setFailure(null);
    try {
      const answer = await graphql<{ referralReceivers: { nodes: ReferralReceiverView[] } }>(
        REFERRAL_RECEIVERS,
        { filter: { sector: chosenSector, ...(placePcode ? { pcode: placePcode } : {}) } },
        accessToken,
      );
      setReceivers(answer.referralReceivers.nodes);
      setServiceId(answer.referralReceivers.nodes[0]?.serviceId ?? '');
    } catch (error) {
      if (error instanceof ApiRequestError) setFailure(error);
    }
  }

  async function send(event: Event) {
    event.preventDefault();
    if (!receiver || !consentGiven) return;
    setSending(true);
    setFailure(null);
    try {
      const document = person.documentNumber.trim()
        ? { type: person.documentType, number: person.documentNumber.trim() }
        : null;
      await graphql(
        REGISTER_CASE,
        {
          input: {
            id: ids.case,
            personalData: {
              givenNames: person.givenNames,
              familyNames: person.familyNames,
              ...(document ? { document } : {}),
              ...(person.phone.trim() ? { phone: person.phone.trim() } : {}),
            },
          },
        },
        accessToken,
      );
      await graphql(
        RECORD_CONSENT,
        {
          input: {
            id: ids.consent,
            caseId: ids.case,
            givenBy: 'PERSON',
            recipientOrganisationIds: [receiver.organisationId],
            purposes: ['REFERRAL'],
            method,
            givenAt: new Date().toISOString(),
          },
        },
        accessToken,
      );
      await graphql(
        SEND_REFERRAL,
        {
          input: {
            id: ids.referral,
            caseId: ids.case,
            consentId: ids.consent,
            serviceId: receiver.serviceId,
            sector: chosenSector,
            reason,
            priority,
            placePcode,
          },
        },
        accessToken,
      );
      navigate('referrals');
    } catch (error) {
      if (error instanceof ApiRequestError) setFailure(error);
      else throw error;
    } finally {
      setSending(false);
    }
  }

  const fieldError = (...fields: string[]) => {
    const message = fields.map((field) => failure?.forField(field)).find(Boolean);
    return message ? (
      <span class="error" data-error-for={fields[0]}>
        {message}
      </span>
    ) : null;
  };

  return (
    <section class="card" aria-labelledby="referral-form-heading">
      <h1 id="referral-form-heading">{t('referralForm.heading')}</h1>
      {failure?.general().map((error) => (
        <p class="error" role="alert">
          {error.message}
        </p>
      ))}
      <form onSubmit={(event) => void send(event)}>
        <fieldset>
          <legend>{t('referralForm.person')}</legend>
          <label>
            {t('referralForm.givenNames')}
            <input
              name="givenNames"
              required
              value={person.givenNames}
              onInput={(e) => setPerson({ ...person, givenNames: e.currentTarget.value })}
            />
            {fieldError('input.personalData.givenNames')}
          </label>
          <label>
            {t('referralForm.familyNames')}
            <input
              name="familyNames"
              required
              value={person.familyNames}
              onInput={(e) => setPerson({ ...person, familyNames: e.currentTarget.value })}
            />
            {fieldError('input.personalData.familyNames')}
          </label>
          <label>
            {t('referralForm.documentType')}
            <select
              name="documentType"
              value={person.documentType}
              onChange={(e) => setPerson({ ...person, documentType: e.currentTarget.value })}
            >
              {DOCUMENT_TYPES.map((type) => (
                <option value={type}>{type}</option>
              ))}
            </select>
          </label>
          <label>
            {t('referralForm.documentNumber')}
            <input
              name="documentNumber"
              value={person.documentNumber}
              onInput={(e) => setPerson({ ...person, documentNumber: e.currentTarget.value })}
            />
            {fieldError('input.personalData.document.number', 'input.personalData.document')}
          </label>
          <label>
            {t('referralForm.phone')}
            <input
              name="phone"
              type="tel"
              value={person.phone}
              onInput={(e) => setPerson({ ...person, phone: e.currentTarget.value })}
            />
            {fieldError('input.personalData.phone')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('referralForm.need')}</legend>
          <label>
            Sector
            <select name="sector" value={chosenSector} onChange={(e) => setSector(e.currentTarget.value)}>
              {sectors.map((option) => (
                <option value={option.code}>
                  {option.code} · {option.names[language]}
                </option>
              ))}
            </select>
          </label>
          <label for="referral-place">{t('referralForm.place')}</label>
          <PlacePicker
            id="referral-place"
            units={units}
            value={placePcode}
            onChange={setPlacePcode}
            error={failure?.forField('input.placePcode')}
          />
          <button type="button" class="secondary" onClick={() => void findServices()}>
            {t('referralForm.findServices')}
          </button>
          {receivers !== null &&
            (receivers.length === 0 ? (
              <p>{t('referralForm.noServices')}</p>
            ) : (
              <label>
                {t('referralForm.service')}
                <select name="serviceId" value={serviceId} onChange={(e) => setServiceId(e.currentTarget.value)}>
                  {receivers.map((option) => (
                    <option value={option.serviceId}>
                      {option.serviceName} · {option.organisationName ?? option.organisationId}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          <label>
            {t('referralForm.reason')}
            <textarea name="reason" required value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            {fieldError('input.reason')}
          </label>
          <label>
            {t('referralForm.priority')}
            <select
              name="priority"
              value={priority}
              onChange={(e) => setPriority(e.currentTarget.value as (typeof PRIORITIES)[number])}
            >
              {PRIORITIES.map((code) => (
                <option value={code}>{t(`referrals.priority.${code}` as MessageKey)}</option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('referralForm.consent')}</legend>
          <label class="checkbox">
            <input
              type="checkbox"
              name="consentGiven"
              checked={consentGiven}
              onChange={(e) => setConsentGiven(e.currentTarget.checked)}
            />
            {t('referralForm.consentGiven')}
            {receiver && ` (${receiver.organisationName ?? receiver.organisationId})`}
          </label>
          <label>
            {t('referralForm.consentMethod')}
            <select
              name="consentMethod"
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value as (typeof METHODS)[number])}
            >
              {METHODS.map((code) => (
                <option value={code}>{t(`referralForm.method.${code}` as MessageKey)}</option>
              ))}
            </select>
          </label>
          {!consentGiven && <p class="hint">{t('referralForm.consentRequired')}</p>}
        </fieldset>
        <button type="submit" disabled={!receiver || !consentGiven || sending}>
          {t('referralForm.send')}
        </button>
      </form>
    </section>
  );
}
