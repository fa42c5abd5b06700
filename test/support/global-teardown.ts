/** Stops the embedded PostgreSQL started by global-setup (its data directory is deleted). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__TEST_POSTGRES__?.stop();
}
