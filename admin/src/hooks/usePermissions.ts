import { useRBAC } from '@strapi/strapi/admin';
import { permissions } from '../permissions';

const checked = [...permissions.readQueue, ...permissions.reply, ...permissions.manageTickets, ...permissions.adjustCredits];

/**
 * What the admin may do here. useRBAC names each action after its last word: `queue.read` →
 * canRead, `tickets.reply` → canReply, `tickets.manage` → canManage, `credits.adjust` →
 * canAdjust. The server checks the same actions on every route; the pages only leave out what
 * would be refused.
 */
export function usePermissions() {
  const { allowedActions, isLoading } = useRBAC(checked);
  return {
    isLoading,
    canReadQueue: Boolean(allowedActions.canRead),
    canReply: Boolean(allowedActions.canReply),
    canManage: Boolean(allowedActions.canManage),
    canAdjustCredits: Boolean(allowedActions.canAdjust),
  };
}
