import type { Core } from '@strapi/strapi';
import { SLA_SWEEPER_JOB } from './bootstrap';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(SLA_SWEEPER_JOB);
};

export default destroy;
