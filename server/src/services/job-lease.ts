import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { getPluginService } from '../utils';
import { JOB_LEASE_UID } from '../uids';

/**
 * A lease per periodic job, so that with several Strapi instances on one database each run happens
 * on one of them. Taking the lease is a single conditional UPDATE (free, expired, or already ours),
 * which every supported database does atomically — no advisory-lock dialect needed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${process.pid}-${randomUUID()}`;
  const query = () => strapi.db.query(JOB_LEASE_UID as any);

  const ensureRow = async (name: string) => {
    if (await query().findOne({ where: { name }, select: ['id'] })) return;
    try {
      await query().create({ data: { name, holder: null, expiresAt: new Date(0) } });
    } catch {
      // Another instance created it between our read and write; the unique name keeps one row.
    }
  };

  return {
    instanceId,

    /** Takes the lease for `ttlMs` if it is free, expired or already held by `holder`. */
    async acquire(name: string, ttlMs: number, holder: string = instanceId): Promise<boolean> {
      await ensureRow(name);
      const now = getPluginService(strapi, 'clock').now();
      const { count } = await query().updateMany({
        where: { name, $or: [{ expiresAt: { $lt: now } }, { holder }] },
        data: { holder, expiresAt: new Date(now.getTime() + ttlMs) },
      });
      return count === 1;
    },

    async release(name: string, holder: string = instanceId): Promise<void> {
      await query().updateMany({ where: { name, holder }, data: { holder: null, expiresAt: new Date(0) } });
    },
  };
};
