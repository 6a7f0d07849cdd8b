import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';

export const TOKEN_ALGORITHM = 'RS256';

/** A public key as published in a JWKS: its `kid` is what a token's header names. */
export type PublishedKey = JWK & { kid: string; alg: typeof TOKEN_ALGORITHM; use: 'sig' };

export interface JsonWebKeySet {
  keys: PublishedKey[];
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: PublishedKey;
}

/**
 * The key id is the RFC 7638 thumbprint of the public key, so every process that holds the same
 * key (the directory, the gateway's development issuer, a verifier reading the PEM) derives the
 * same `kid` without sharing anything else, and a new key gets a new id by construction.
 */
export async function publishedKeyOf(publicKey: KeyObject): Promise<PublishedKey> {
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk, 'sha256');
  return { kty: jwk.kty, n: jwk.n, e: jwk.e, kid, alg: TOKEN_ALGORITHM, use: 'sig' };
}

export function publishedKeyFromPublicPem(pem: string): Promise<PublishedKey> {
  return publishedKeyOf(createPublicKey(pem));
}

/** Reads a PKCS#8 PEM private key (AUTH_PRIVATE_KEY_FILE) and derives its published half. */
export async function loadSigningKey(privateKeyFile: string): Promise<SigningKey> {
  const privateKey = createPrivateKey(readFileSync(privateKeyFile, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`${privateKeyFile} is not an RSA private key; tokens are signed with ${TOKEN_ALGORITHM}`);
  }
  return { privateKey, publicKey: await publishedKeyOf(createPublicKey(privateKey)) };
}

export function jsonWebKeySet(...keys: PublishedKey[]): JsonWebKeySet {
  return { keys };
}
