/** Client routes. The server answers any path that is not an API call with index.html, so these are deep-linkable. */
export const paths = {
  home: '/',
  suppliers: '/proveedores',
  anchors: '/empresas-ancla',
  ruedas: '/ruedas',
  // ---- Cuentas (accounts): the e-mailed links point at verifyEmail and resetPassword, keep them stable ----
  signIn: '/ingresar',
  register: '/registro',
  verifyEmail: '/verificar-correo',
  forgotPassword: '/recuperar-contrasena',
  resetPassword: '/restablecer-contrasena',
  account: '/mi-cuenta',
  users: '/usuarios',
  audit: '/auditoria',
  // ---- end Cuentas ----
} as const;
