import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { centerById, serviceOf } from '../centers/loaders.js';
import { required } from '../required.js';
import { bookConsultation } from './book.js';
import { cancelConsultation } from './cancel.js';
import { slotById } from './loaders.js';
import { slotsOfFilter } from './slot-query.js';

export const consultationResolvers: Resolvers = {
  Query: {
    consultationSlots: (_parent, { filter }, context) => slotsOfFilter(context, filter),
  },
  Mutation: {
    bookConsultation: async (_parent, { input }, context) => {
      const result = await bookConsultation(context, input);
      return result.ok
        ? { ok: true, consultation: result.value, error: null }
        : { ok: false, consultation: null, error: result.error };
    },
    cancelConsultation: async (_parent, { input }, context) => {
      const result = await cancelConsultation(context, input);
      return result.ok
        ? { ok: true, consultation: result.value, error: null }
        : { ok: false, consultation: null, error: result.error };
    },
  },
  ConsultationSlot: {
    center: async (slot, _args, context) =>
      required(await context.loaders.get(centerById).load(slot.centerId), 'center'),
    service: async (slot, _args, context) =>
      required(await serviceOf(context, slot.centerId, slot.serviceCode), 'center service'),
    available: (slot) => slot.capacity - slot.booked,
  },
  Consultation: {
    slot: async (consultation, _args, context) =>
      required(await context.loaders.get(slotById).load(consultation.slotId), 'slot'),
    person: (consultation, _args, context) => {
      readPersonal(context, consultation.memberId, READ.consultations);
      return { id: consultation.memberId };
    },
    note: (consultation, _args, context) => {
      readPersonal(context, consultation.memberId, READ.consultations);
      return consultation.note;
    },
  },
};
