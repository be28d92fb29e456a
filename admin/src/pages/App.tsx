import { lazy, Suspense } from 'react';
import { Page } from '@strapi/strapi/admin';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Route, Routes } from 'react-router-dom';
import { permissions } from '../permissions';
import { CreditsPage } from './CreditsPage';
import { CustomerCreditsPage } from './CustomerCreditsPage';
import { QueuePage } from './QueuePage';
import { TicketPage } from './TicketPage';

const DashboardPage = lazy(() => import('./DashboardPage'));

// The plugin's own query client: the admin bundles an older react-query for itself.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true }, mutations: { retry: false } },
});

/** The Helpdesk pages, under `plugins/helpdesk` (the queue, a ticket, the credit ledger and a customer's credits); an admin without "read the queue" gets Strapi's no-permission page. */
const App = () => (
  <QueryClientProvider client={queryClient}>
    <Page.Protect permissions={permissions.readQueue}>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path="tickets/:documentId" element={<TicketPage />} />
        <Route path="credits" element={<CreditsPage />} />
        <Route path="credits/:customerId" element={<CustomerCreditsPage />} />
        <Route path="dashboard" element={<Suspense fallback={<Page.Loading />}><DashboardPage /></Suspense>} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </Page.Protect>
  </QueryClientProvider>
);

export default App;
