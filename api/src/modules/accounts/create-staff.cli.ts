import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/bootstrap.js';
import { AppError } from '../../shared/errors.js';
import { createLogger } from '../../shared/logger.js';
import { createStaffAccount } from './staff.service.js';

/**
 * `npm run create-staff -- --account lin --email lin@agency.example --name "林主任" --role SUPERVISOR`
 * creates the first supervisor (and any staff account) on the configured database and prints a
 * temporary password, to be changed at first login. Audited as a system action.
 */
const { values } = parseArgs({
  options: {
    account: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'SUPERVISOR' },
  },
});

const config = loadConfig();
const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
const db = await openDatabase(config, log);
try {
  const { account, temporaryPassword } = await createStaffAccount(db.orm.em.fork(), 'system', {
    account: values.account ?? '',
    email: values.email ?? '',
    displayName: values.name ?? '',
    role: values.role,
  });
  console.log(`created ${account.role} ${account.accountName}`);
  console.log(
    `temporary password (shown once, must be changed at first login): ${temporaryPassword}`,
  );
} catch (error) {
  if (error instanceof AppError) {
    const fields = (error.fields ?? []).map((f) => `${f.field}: ${f.problem}`).join(', ');
    console.error(`could not create the account: ${error.code}${fields ? ` (${fields})` : ''}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
