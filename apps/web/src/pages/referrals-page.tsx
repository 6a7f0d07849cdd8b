import { useEffect, useState } from 'preact/hooks';
import { ApiRequestError, graphql } from '../api/graphql-client';
import { subscribe } from '../api/live';
import {
  ACCEPT_REFERRAL,
  COMPLETE_REFERRAL,
  INCOMING_REFERRALS,
  ORGANISATION_NAME,
  OUTGOING_REFERRALS,
  REFERRAL_ACTIVITY,
  REJECT_REFERRAL,
  WITHDRAW_REFERRAL,
  type ReferralView,
} from '../api/referral-operations';
import { useLoaded } from '../api/reference-data';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const REJECTION_REASONS = [
  'NO_CAPACITY',
  'OUTSIDE_MANDATE',
  'OUTSIDE_AREA',
  'NOT_ELIGIBLE',
  'DUPLICATE',
  'PERSON_UNREACHABLE',
  'OTHER',
];
const OUTCOMES = ['SERVICE_PROVIDED', 'PARTIALLY_PROVIDED', 'PERSON_DECLINED', 'LOST_CONTACT'];
const PRIORITY_ORDER = { EMERGENCY: 0, URGENT: 1, STANDARD: 2 } as const;

/** Organisation names for the ids the queues show, asked once each. */
const names = new Map<string, Promise<string>>();
function organisationName(id: string, accessToken: string | null): Promise<string> {
  if (!names.has(id)) {
    names.set(
      id,
      graphql<{ organisation: { name: string } | null }>(ORGANISATION_NAME, { id }, accessToken)
        .then((answer) => answer.organisation?.name ?? id)
        .catch(() => id),
    );
  }
  return names.get(id)!;
}

/**
 * The case worker's referral queues: what the organisation received (accept, reject with a reason,
 * complete with feedback) and what it sent (withdraw), the most urgent first, overdue ones marked.
 * The reason and feedback show only where the referrals service returns them (consent standing).
 */
export function ReferralsPage() {
  const { t } = useI18n();
  const { accessToken } = useSession();
  const [refreshKey, setRefreshKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const queues = useLoaded(async () => {
    const [incoming, outgoing] = await Promise.all([
      graphql<{ incomingReferrals: { nodes: ReferralView[] } }>(
        INCOMING_REFERRALS,
        { page: { first: 50 } },
        accessToken,
      ),
      graphql<{ outgoingReferrals: { nodes: ReferralView[] } }>(
        OUTGOING_REFERRALS,
        { page: { first: 50 } },
        accessToken,
      ),
    ]);
    return { incoming: incoming.incomingReferrals.nodes, outgoing: outgoing.outgoingReferrals.nodes };
  }, [accessToken, refreshKey]);

  // Live: a step of any referral of the organisation (sent to it, answered by the receiver...) refetches the queues.
  useEffect(() => {
    if (!accessToken) return;
    return subscribe(accessToken, REFERRAL_ACTIVITY, {}, () => setRefreshKey((key) => key + 1));
  }, [accessToken]);

  async function act(document: string, input: Record<string, unknown>) {
    setError(null);
    try {
      await graphql(document, { input }, accessToken);
      setRefreshKey((key) => key + 1);
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : String(failure));
    }
  }

  return (
    <section class="card" aria-labelledby="referrals-heading">
      <div class="toolbar">
        <h1 id="referrals-heading">{t('referrals.heading')}</h1>
        <a class="button" href="#/referrals/new">
          {t('referrals.new')}
        </a>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!queues ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <h2>{t('referrals.incoming')}</h2>
          <ReferralQueue referrals={queues.incoming} direction="incoming" onAct={act} />
          <h2>{t('referrals.outgoing')}</h2>
          <ReferralQueue referrals={queues.outgoing} direction="outgoing" onAct={act} />
        </>
      )}
    </section>
  );
}

function ReferralQueue(props: {
  referrals: ReferralView[];
  direction: 'incoming' | 'outgoing';
  onAct(document: string, input: Record<string, unknown>): Promise<void>;
}) {
  const { t } = useI18n();
  if (props.referrals.length === 0) return <p>{t('referrals.empty')}</p>;
  const ordered = [...props.referrals].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      a.dueAt.localeCompare(b.dueAt),
  );
  return (
    <ul class={`queue referrals ${props.direction}`}>
      {ordered.map((referral) => (
        <ReferralItem referral={referral} direction={props.direction} onAct={props.onAct} />
      ))}
    </ul>
  );
}

function ReferralItem(props: {
  referral: ReferralView;
  direction: 'incoming' | 'outgoing';
  onAct(document: string, input: Record<string, unknown>): Promise<void>;
}) {
  const { t, language } = useI18n();
  const { accessToken } = useSession();
  const { referral } = props;
  const counterpart =
    props.direction === 'incoming' ? referral.sendingOrganisationId : referral.receivingOrganisationId;
  const counterpartName = useLoaded(() => organisationName(counterpart, accessToken), [counterpart, accessToken]);
  const [rejection, setRejection] = useState(REJECTION_REASONS[0]);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(OUTCOMES[0]);
  const [feedback, setFeedback] = useState('');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(language === 'es' ? 'es-PE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const overdue = referral.overdue || (referral.status === 'SENT' && Date.parse(referral.dueAt) < now);
  const id = referral.id;

  return (
    <li data-referral-id={id} class={overdue ? 'overdue' : undefined}>
      <div>
        <span class={`badge priority-${referral.priority.toLowerCase()}`}>
          {t(`referrals.priority.${referral.priority}` as MessageKey)}
        </span>{' '}
        <strong>{counterpartName ?? '…'}</strong> ·{' '}
        {referral.subSector ? `${referral.sector}/${referral.subSector}` : referral.sector} · {referral.placePcode} ·{' '}
        <span class={`status status-${referral.status.toLowerCase()}`}>
          {t(`referrals.status.${referral.status}` as MessageKey)}
        </span>
      </div>
      <div class="hint">
        {t('referrals.sentAt')} {dateTime(referral.sentAt)} · {t('referrals.dueAt')} {dateTime(referral.dueAt)}
        {overdue && <strong class="overdue-label"> · {t('referrals.overdue')}</strong>}
      </div>
      <p>{referral.reason ?? <em>{t('referrals.reasonHidden')}</em>}</p>
      {referral.feedback && (
        <p class="hint">
          {t('referrals.feedback')}: {referral.feedback}
        </p>
      )}
      {props.direction === 'incoming' && referral.status === 'SENT' && (
        <div class="actions">
          <button type="button" onClick={() => void props.onAct(ACCEPT_REFERRAL, { referralId: id })}>
            {t('referrals.accept')}
          </button>
          <label>
            {t('referrals.rejectionReason')}
            <select value={rejection} onChange={(event) => setRejection(event.currentTarget.value)}>
              {REJECTION_REASONS.map((code) => (
                <option value={code}>{t(`referrals.rejection.${code}` as MessageKey)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('referrals.note')}
            <input value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          </label>
          <button
            type="button"
            class="secondary"
            onClick={() => void props.onAct(REJECT_REFERRAL, { referralId: id, reason: rejection, note: note || null })}
          >
            {t('referrals.reject')}
          </button>
        </div>
      )}
      {props.direction === 'incoming' && referral.status === 'ACCEPTED' && (
        <div class="actions">
          <label>
            {t('referrals.outcome')}
            <select value={outcome} onChange={(event) => setOutcome(event.currentTarget.value)}>
              {OUTCOMES.map((code) => (
                <option value={code}>{t(`referrals.outcomes.${code}` as MessageKey)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('referrals.feedback')}
            <input value={feedback} onInput={(event) => setFeedback(event.currentTarget.value)} />
          </label>
          <button
            type="button"
            onClick={() => void props.onAct(COMPLETE_REFERRAL, { referralId: id, outcome, feedback })}
          >
            {t('referrals.complete')}
          </button>
        </div>
      )}
      {props.direction === 'outgoing' && (referral.status === 'SENT' || referral.status === 'ACCEPTED') && (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() => void props.onAct(WITHDRAW_REFERRAL, { referralId: id })}
          >
            {t('referrals.withdraw')}
          </button>
        </div>
      )}
    </li>
  );
}
