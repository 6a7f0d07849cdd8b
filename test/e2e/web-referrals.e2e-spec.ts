import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { eventually } from '@coordination/testing';
import { launchChromium, logIn, saveScreenshot } from '../support/browser';
import { devToken, graphql } from '../support/gateway-client';

const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const REGISTER_USER = `mutation ($input: RegisterUserInput!) { registerUser(input: $input) { id } }`;
const GRANT_ROLE = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
const PUBLISH_SERVICE = `mutation ($input: PublishServiceInput!) { publishService(input: $input) { id } }`;
const RECEIVERS = `query ($filter: ReceiversFilterInput!) { referralReceivers(filter: $filter) { nodes { serviceId } } }`;
const OUTGOING = `{ outgoingReferrals(page: { first: 20 }) { nodes { id status reason } } }`;

const run = randomUUID().slice(0, 8);
const PASSWORD = 'Quillabamba-1050m';
const REASON = `Sobreviviente de violencia, requiere acompañamiento psicosocial (${run})`;

describe('referrals in the web app: a partner refers a person, the receiving partner accepts', () => {
  let browser: Browser;
  let sender: string;
  const senderEmail = `referente.${run}@example.org`;
  const receiverEmail = `receptora.${run}@example.org`;
  const serviceId = randomUUID();

  beforeAll(async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const organisation = async (name: string) => {
      const answer = await graphql<{ registerOrganisation: { id: string } }>(
        REGISTER_ORGANISATION,
        { input: { name: `${name} ${run}`, type: 'NNGO' } },
        admin,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.registerOrganisation.id;
    };
    const caseWorker = async (organisationId: string, email: string) => {
      const user = await graphql<{ registerUser: { id: string } }>(
        REGISTER_USER,
        { input: { organisationId, email, displayName: email.split('@')[0], password: PASSWORD } },
        admin,
      );
      expect(user.errors).toBeUndefined();
      const grant = await graphql(
        GRANT_ROLE,
        { input: { userId: user.data!.registerUser.id, role: 'PARTNER_REPORTER' } },
        admin,
      );
      expect(grant.errors).toBeUndefined();
    };
    sender = await organisation('Encuentros');
    const receiver = await organisation('Casa de la Mujer');
    await caseWorker(sender, senderEmail);
    await caseWorker(receiver, receiverEmail);
    const published = await graphql(
      PUBLISH_SERVICE,
      {
        input: {
          id: serviceId,
          organisationId: receiver,
          name: `Acompañamiento psicosocial ${run}`,
          description: 'Atención a sobrevivientes de violencia basada en género.',
          languages: ['es'],
          sectors: [{ sector: 'PRO', subSector: 'GBV' }],
          locations: [{ name: 'Sede Lima', address1: 'Jr. Huancavelica 200', pcode: 'PE150101' }],
        },
      },
      admin,
    );
    expect(published.errors).toBeUndefined();
    // The service and both organisations reach the referrals service through Kafka.
    const senderToken = await devToken(['PARTNER_REPORTER'], sender, `referente-${run}`);
    await eventually(async () => {
      const receivers = await graphql<{ referralReceivers: { nodes: { serviceId: string }[] } }>(
        RECEIVERS,
        { filter: { sector: 'PRO', pcode: 'PE15' } },
        senderToken,
      );
      expect(receivers.data?.referralReceivers.nodes.map((node) => node.serviceId)).toContain(serviceId);
    }, 60_000);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-PE' });
    return context.newPage();
  }

  it('sends a referral with the person’s consent; the receiver, queue open, sees it arrive and accepts it', async () => {
    // The receiving case worker has the queue open before anything is sent: it must update by itself.
    const receiverPage = await newPage();
    await logIn(receiverPage, receiverEmail, PASSWORD);
    await receiverPage.getByRole('link', { name: 'Referencias' }).click();
    await receiverPage.getByRole('heading', { name: 'Recibidas' }).waitFor();

    const page = await newPage();
    await logIn(page, senderEmail, PASSWORD);
    await page.getByRole('link', { name: 'Referencias' }).click();
    await page.getByRole('link', { name: 'Nueva referencia' }).click();
    await page.locator('input[name=givenNames]').fill('Yorleidys Carolina');
    await page.locator('input[name=familyNames]').fill('Mendoza Barrios');
    await page.locator('input[name=documentNumber]').fill('V-27.456.981');
    await page.locator('select[name=sector]').selectOption('PRO');
    await page.locator('#referral-place').fill('lima');
    await page.getByRole('option', { name: /\(PE15\)/ }).click();
    await page.getByRole('button', { name: 'Buscar servicios' }).click();
    await page.locator(`select[name=serviceId] option[value="${serviceId}"]`).waitFor({ state: 'attached' });
    await page.locator('select[name=serviceId]').selectOption(serviceId);
    await page.locator('textarea[name=reason]').fill(REASON);
    const send = page.getByRole('button', { name: 'Enviar referencia' });
    // No consent, no referral: the button waits for it.
    expect(await send.isDisabled()).toBe(true);
    await page.getByLabel(/La persona consintió/).check();
    await send.click();
    const sent = page.locator('ul.outgoing li[data-referral-id]').first();
    await sent.waitFor();
    expect(await sent.locator('.status').textContent()).toBe('Enviada');
    expect(await sent.textContent()).toContain(REASON);
    const referralId = (await sent.getAttribute('data-referral-id'))!;
    await saveScreenshot(page, 'referral-queue');

    const incoming = receiverPage.locator(`ul.incoming li[data-referral-id="${referralId}"]`);
    await incoming.waitFor({ timeout: 30_000 });
    expect(await incoming.textContent()).toContain(REASON);
    await incoming.getByRole('button', { name: 'Aceptar' }).click();
    await receiverPage
      .locator(`ul.incoming li[data-referral-id="${referralId}"] .status`, { hasText: 'Aceptada' })
      .waitFor();
    await receiverPage.context().close();
    // The sender's queue, still open, follows the receiver's answer.
    await page
      .locator(`ul.outgoing li[data-referral-id="${referralId}"] .status`, { hasText: 'Aceptada' })
      .waitFor({ timeout: 30_000 });
    await page.context().close();

    const senderToken = await devToken(['PARTNER_REPORTER'], sender, `referente-${run}`);
    const outgoing = await graphql<{ outgoingReferrals: { nodes: { id: string; status: string }[] } }>(
      OUTGOING,
      {},
      senderToken,
    );
    expect(outgoing.data!.outgoingReferrals.nodes.find((node) => node.id === referralId)?.status).toBe('ACCEPTED');
  }, 150_000);
});
