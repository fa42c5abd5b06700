import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../libs/event-store/src/types';

/** Size the benchmark aims at for one event as JSON (type, data and metadata), in UTF-8 bytes. */
export const TARGET_EVENT_BYTES = 500;

// Cyrillic takes two bytes a character in UTF-8, as the answers of deputies do.
const ANSWER =
  'Уважаемая Анна Сергеевна! По вашему обращению о ремонте дворовой территории сообщаем, что работы включены ' +
  'в план благоустройства на следующий год. Подрядчик будет определён по итогам конкурса, о сроках начала работ ' +
  'мы сообщим дополнительно. Благодарим за неравнодушие к жизни района.';

/** An appeal-answered event of about `TARGET_EVENT_BYTES`, with its own ids. */
export function answerEvent(appealId: string, sequence: number): NewEvent<'AppealAnswered'> {
  const base = {
    type: 'AppealAnswered' as const,
    metadata: { occurredAt: new Date().toISOString(), actorId: 'deputy:bench', correlationId: randomUUID() },
  };
  const data = { appealId, deputyId: 'deputy-0042', sequence, answeredAt: base.metadata.occurredAt, text: '' };
  const room = TARGET_EVENT_BYTES - Buffer.byteLength(JSON.stringify({ ...base, data }));
  data.text = truncateToBytes(ANSWER, room);
  return { ...base, data };
}

/** Bytes of an event as the store receives it, for the record. */
export function eventBytes(event: NewEvent): number {
  return Buffer.byteLength(JSON.stringify({ type: event.type, data: event.data, metadata: event.metadata }));
}

function truncateToBytes(text: string, bytes: number): string {
  let result = '';
  for (const character of text) {
    if (Buffer.byteLength(result + character) > bytes) break;
    result += character;
  }
  return result;
}
