/** Client routes. The server answers any path that is not an API call with index.html, so these are deep-linkable. */
export const paths = {
  home: '/',
  suppliers: '/proveedores',
  anchors: '/empresas-ancla',
  ruedas: '/ruedas',
  signIn: '/ingresar',
} as const;
