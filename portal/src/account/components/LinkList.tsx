import { Link as RouterLink } from 'react-router';
import { Box, Link } from '@mui/material';

/** A few links to other pages of the portal, as a list. */
export function LinkList({ links }: { links: { to: string; label: string }[] }) {
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
      {links.map((link) => (
        <li key={link.to}>
          <Link component={RouterLink} to={link.to} sx={{ display: 'inline-block', py: 0.5 }}>
            {link.label}
          </Link>
        </li>
      ))}
    </Box>
  );
}
