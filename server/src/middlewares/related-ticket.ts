import type { Core } from '@strapi/strapi';
import { TICKET_UID } from '../uids';

/** Reads a relation input (`'docId'`, `{ documentId }`, `{ connect: [...] }`, `{ set: [...] }`) down to a documentId. */
export const relatedDocumentId = (value: any): string | null => {
  if (!value) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if (typeof value.documentId === 'string') return value.documentId;
    const list = value.connect ?? value.set;
    if (Array.isArray(list) && list.length > 0) return relatedDocumentId(list[0]);
  }
  return null;
};

/** The ticket row a `ticket` relation input points to (id, documentId or connect/set), or null. */
export const relatedTicketRow = async (strapi: Core.Strapi, value: any) => {
  const query = strapi.db.query(TICKET_UID as any);
  if (typeof value === 'number') return query.findOne({ where: { id: value } });
  const documentId = relatedDocumentId(value);
  if (documentId) return query.findOne({ where: { documentId } });
  if (value && typeof value === 'object' && typeof value.id === 'number') return query.findOne({ where: { id: value.id } });
  return null;
};
