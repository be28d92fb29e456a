import type { Core } from '@strapi/strapi';
import { SLA_SWEEPER_JOB } from './bootstrap';
import { getPluginService } from './utils';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(SLA_SWEEPER_JOB);
  getPluginService(strapi, 'search-feed').stop();
};

export default destroy;
