import { errorMessage } from '../errorMessage.js';
import type { Account, SignedInUser } from '../firebase/Account.js';
import { formText } from './dom.js';

/**
 * The page's account box: who is signed in and with which roles, with a sign-out button; or, when
 * nobody is, an email and password form that signs in or creates the account.
 */
export class AccountPanel {
  private readonly form: HTMLFormElement;
  private readonly who: HTMLElement;
  private readonly message: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly account: Account,
  ) {
    root.hidden = false;
    root.innerHTML = `
      <p class="account-who" data-testid="account-who"></p>
      <button type="button" class="account-sign-out">Sign out</button>
      <form class="account-form">
        <label>Email <input name="email" type="email" autocomplete="username" required /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" minlength="6" required /></label>
        <div class="actions">
          <button type="submit" name="action" value="sign-in">Sign in</button>
          <button type="submit" name="action" value="sign-up" title="Creates the account, then signs in">Create account</button>
        </div>
      </form>
      <p class="account-message" role="alert"></p>`;
    this.form = root.querySelector('form')!;
    this.who = root.querySelector('.account-who')!;
    this.message = root.querySelector('.account-message')!;
    const signOut = root.querySelector<HTMLButtonElement>('.account-sign-out')!;
    signOut.addEventListener('click', () => void this.run(() => account.signOut()));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(this.form);
      const email = formText(data, 'email');
      const password = formText(data, 'password');
      const signUp = (event.submitter as HTMLButtonElement | null)?.value === 'sign-up';
      void this.run(() => (signUp ? account.signUp(email, password) : account.signIn(email, password)));
    });
    account.onChange((user) => {
      this.show(user);
      signOut.hidden = !user;
    });
  }

  private show(user: SignedInUser | null): void {
    this.root.dataset.signedIn = String(Boolean(user));
    this.form.hidden = Boolean(user);
    this.who.textContent = user
      ? `Signed in as ${user.email ?? user.uid} · roles: ${user.roles.join(', ') || 'none'} · uid ${user.uid}`
      : 'Not signed in';
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.message.textContent = '';
    const buttons = [...this.root.querySelectorAll('button')];
    for (const button of buttons) button.disabled = true;
    try {
      await action();
    } catch (error) {
      this.message.textContent = errorMessage(error);
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  }
}
