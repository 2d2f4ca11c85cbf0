import { AccountPanel } from '../ui/AccountPanel.js';
import { RolesAdminPanel } from '../ui/RolesAdminPanel.js';
import { Account } from './Account.js';
import type { FirebaseDeployment } from './deployment.js';
import { startFirebase } from './services.js';
import { setRoles } from './setRoles.js';

/**
 * The start page's account box, and the roles form for admins. `window.chorusAccount` lets tests and
 * the console see the user.
 */
export function showAccount(deployment: FirebaseDeployment, accountElement: HTMLElement, adminElement: HTMLElement): Account {
  const services = startFirebase(deployment);
  const account = new Account(services.auth);
  new AccountPanel(accountElement, account);
  const admin = new RolesAdminPanel(adminElement, (uid, roles) => setRoles(services.functions, uid, roles));
  account.onChange((user) => admin.show(user?.roles.includes('admin') ?? false));
  (window as { chorusAccount?: Account }).chorusAccount = account;
  return account;
}
