import type { Core, UID } from '@strapi/strapi';

/**
 * The document service for a content type of the plugin or the fixture app. Neither has generated
 * typings, so the uid goes in as Strapi's "some content type": data is then taken as given and
 * entries come back as `AnyDocument`. A uid literal (or `any`) would leave no field to write.
 */
export const documents = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType);
