import { errorMessage } from './errorMessage.js';
import { loadDeployment } from './firebase/deployment.js';
import { requireElement } from './ui/dom.js';

// The start page: the room form works as it is; with Firebase it also signs in (the room pages
// then find the user signed in, as Auth keeps the sign-in per origin).
async function main(): Promise<void> {
  const deployment = await loadDeployment();
  if (!deployment) return;
  const { showAccount } = await import('./firebase/showAccount.js');
  showAccount(deployment, requireElement('account'), requireElement('roles-admin'));
}

main().catch((error: unknown) => {
  console.error(error);
  requireElement('account-error').textContent = `Sign-in is unavailable: ${errorMessage(error)}`;
});
