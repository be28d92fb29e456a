export { PLUGIN_ID } from '../../server/src/permissions';
