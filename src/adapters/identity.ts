/**
 * Who is running the code, and whether the directory says they administer their domain. The check asks the
 * Admin SDK as the user: a non-admin gets 403 there (admin/directory/v1/guides/authorizing), which is the answer.
 */

export function currentUserEmail(): string {
  const email = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  if (!email) throw new Error('Autograph could not read your email address: the userinfo.email scope is missing');
  return email.toLowerCase();
}

export interface DirectoryRole {
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

const ROLE_CACHE_SECONDS = 300;

export function directoryRole(email: string): DirectoryRole {
  const cache = CacheService.getUserCache();
  const key = `role:${email}`;
  const cached = cache?.get(key);
  if (cached) return JSON.parse(cached) as DirectoryRole;
  let role: DirectoryRole = { isAdmin: false, isSuperAdmin: false };
  try {
    const u = AdminDirectory!.Users!.get(email, { viewType: 'admin_view', projection: 'basic' });
    role = { isAdmin: Boolean(u.isAdmin || u.isDelegatedAdmin), isSuperAdmin: Boolean(u.isAdmin) };
  } catch (_notAnAdmin) {
    // 403 "Not Authorized to access this resource/api" for users without admin privileges.
  }
  cache?.put(key, JSON.stringify(role), ROLE_CACHE_SECONDS);
  return role;
}
