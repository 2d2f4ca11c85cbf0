import { RoleSchema, type Role } from '@chorus/protocol';
import { errorMessage } from '../errorMessage.js';
import { formText } from './dom.js';

/**
 * For admins, on the start page: give a user (by uid, which their account box shows) a set of roles.
 * Hidden for everyone else; the function checks the caller's admin role anyway.
 */
export class RolesAdminPanel {
  private readonly message: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    apply: (uid: string, roles: Role[]) => Promise<Role[]>,
  ) {
    const boxes = RoleSchema.options
      .map(
        (role) => `<label class="check"><input type="checkbox" name="roles" value="${role}" ${role === 'admin' ? '' : 'checked'} /> ${role}</label>`,
      )
      .join('');
    root.innerHTML = `
      <h2>Roles</h2>
      <form class="account-form">
        <label>User id <input name="uid" required maxlength="128" /></label>
        ${boxes}
        <button type="submit">Set roles</button>
      </form>
      <p class="roles-message" role="status"></p>`;
    const form = root.querySelector('form')!;
    this.message = root.querySelector('.roles-message')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const uid = formText(data, 'uid').trim();
      const roles = data.getAll('roles').map(String) as Role[];
      const button = form.querySelector('button')!;
      button.disabled = true;
      this.message.textContent = '';
      apply(uid, roles)
        .then((granted) => {
          this.message.textContent = `${uid} now has ${granted.join(', ') || 'no roles'} (from their next sign-in or token refresh)`;
        })
        .catch((error: unknown) => {
          this.message.textContent = errorMessage(error);
        })
        .finally(() => {
          button.disabled = false;
        });
    });
  }

  show(visible: boolean): void {
    this.root.hidden = !visible;
  }
}
