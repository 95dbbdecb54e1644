import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 declares Algorithm as a const enum, which isolatedModules cannot read:
// 2 is its Argon2id member.
const ARGON2ID = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes): slow for a guesser, fine for a sign-in.
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
