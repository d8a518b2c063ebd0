/**
 * Every text a person reads in the interface, in Spanish (Colombia). Components read from here; lint forbids
 * text literals in JSX so a new string cannot slip in elsewhere. Keys are English, values are es-CO.
 */
export const messages = {
  locale: 'es-CO',
  app: {
    name: 'EnCadena Match',
    tagline: 'Encadenamiento productivo entre mipymes y empresas ancla en Colombia',
  },
  pageTitle: (page: string) => `${page} · EnCadena Match`,
  layout: {
    skipToContent: 'Saltar al contenido principal',
    homeLinkLabel: 'EnCadena Match, ir al inicio',
    mainNavLabel: 'Navegación principal',
    footer: 'EnCadena Match apoya al programa EnCadena en la conexión de mipymes con empresas ancla.',
  },
  nav: {
    home: 'Inicio',
    suppliers: 'Proveedores',
    anchors: 'Empresas ancla',
    ruedas: 'Ruedas',
    signIn: 'Ingresar',
  },
  home: {
    title: 'Conectamos mipymes con empresas ancla',
    lead:
      'EnCadena Match ayuda a las mipymes colombianas a convertirse en proveedoras de grandes empresas: ' +
      'cruza cada requerimiento de compra con los perfiles de los proveedores y organiza las citas de negocio.',
    pillarsHeading: 'Qué hace la plataforma',
    pillars: [
      {
        title: 'Mipymes y empresas ancla',
        text:
          'Las mipymes registran lo que ofrecen, dónde entregan y qué certificaciones tienen; ' +
          'las empresas ancla publican lo que necesitan comprar.',
      },
      {
        title: 'Listas cortas explicadas',
        text:
          'Cada proveedor sugerido llega con sus razones y con lo que le falta para cumplir, ' +
          'como una certificación obligatoria.',
      },
      {
        title: 'Ruedas de encadenamiento',
        text: 'Los organizadores arman la agenda de citas de cada rueda y hacen seguimiento a lo que resulta de ellas.',
      },
    ],
    stats: {
      heading: 'El programa en cifras',
      loading: 'Cargando las cifras del programa…',
      suppliers: 'Proveedores',
      anchors: 'Empresas ancla',
      requirements: 'Requerimientos',
      ruedas: 'Ruedas',
      errorTitle: 'No pudimos cargar las cifras del programa.',
      errorFallback: 'El servidor no respondió como se esperaba. Inténtelo de nuevo en unos minutos.',
      retry: 'Reintentar',
      retrying: 'Reintentando…',
    },
  },
  comingSoon: {
    badge: 'Próximamente',
    backHome: 'Volver al inicio',
    suppliers: {
      title: 'Proveedores',
      text:
        'Aquí las mipymes podrán registrar su perfil de proveedor y ver qué requerimientos de empresas ancla ' +
        'se ajustan a ellas. Esta sección llegará pronto.',
    },
    anchors: {
      title: 'Empresas ancla',
      text:
        'Aquí las empresas ancla podrán publicar sus requerimientos y recibir listas cortas explicadas de ' +
        'proveedores. Esta sección llegará pronto.',
    },
    ruedas: {
      title: 'Ruedas de encadenamiento',
      text:
        'Aquí los organizadores podrán crear ruedas, recibir solicitudes de citas y publicar la agenda. ' +
        'Esta sección llegará pronto.',
    },
    signIn: {
      title: 'Ingresar',
      text: 'El ingreso con usuario y contraseña llegará pronto.',
    },
  },
  notFound: {
    title: 'Página no encontrada',
    text: 'La dirección que buscó no existe o cambió.',
    backHome: 'Volver al inicio',
  },
  routeError: {
    title: 'Algo salió mal',
    text: 'La página no se pudo mostrar. Recárguela o vuelva al inicio.',
    backHome: 'Volver al inicio',
  },
} as const;

export type Messages = typeof messages;
