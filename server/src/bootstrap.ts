import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, adminActionDefinitions } from './permissions';
import { getPluginConfig, getPluginService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(
    adminActionDefinitions.map(({ uid, displayName, subCategory }) => ({
      section: 'plugins',
      pluginName: PLUGIN_ID,
      uid,
      displayName,
      subCategory,
    }))
  );

  if (getPluginConfig(strapi).grantDefaultPermissions) {
    await getPluginService(strapi, 'default-permissions').grant();
  }
};

export default bootstrap;
