import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { helpdeskApi } from '../api/client';

export function useHelpdeskApi() {
  const client = useFetchClient();
  return useMemo(() => helpdeskApi(client), [client]);
}
