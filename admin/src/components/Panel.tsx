import { Box, Flex, Typography } from '@strapi/design-system';

/** One box of the ticket page's sidebar, with its heading. */
export const Panel = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={4} aria-label={title}>
    <Typography tag="h2" variant="sigma" textColor="neutral600">
      {title}
    </Typography>
    <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
      {children}
    </Flex>
  </Box>
);

/** A label and its value, one under the other. */
export const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="pi" fontWeight="bold" textColor="neutral600">
      {label}
    </Typography>
    <Box>{typeof children === 'string' ? <Typography textColor="neutral800">{children}</Typography> : children}</Box>
  </Flex>
);
