import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from '../graphql';
import { STAFF_ROUTES } from './routes';

const router = createBrowserRouter(STAFF_ROUTES, { basename: '/app' });

/** The staff app: one query cache, one router (deep links and the back button work). */
export function StaffRoot() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
