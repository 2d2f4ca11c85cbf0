import { AccountPanel } from '../ui/AccountPanel.js';
import { Account } from './Account.js';
import type { FirebaseDeployment } from './deployment.js';
import { startFirebase } from './services.js';

/** The start page's account box; `window.chorusAccount` lets tests and the console see the user. */
export function showAccount(deployment: FirebaseDeployment, element: HTMLElement): Account {
  const account = new Account(startFirebase(deployment).auth);
  new AccountPanel(element, account);
  (window as { chorusAccount?: Account }).chorusAccount = account;
  return account;
}
