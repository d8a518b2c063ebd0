package co.encadena.api.demo;

import java.util.List;

/**
 * The vocabulary the demo generator draws from: per value chain, what mipymes offer, what anchors ask for,
 * and which codes and certifications go with it. Written for the demo only — no record of the judged
 * evaluation set is reused.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    record Offering(String name, String description, String unspsc) {
    }

    record Need(String title, String description, String quantity, List<String> required, List<String> preferred) {
    }

    record Chain(String code, List<String> links, List<String> ciiu, List<Offering> offerings,
                 List<String> certifications, List<String> nameCores, List<Need> needs) {
    }

    static final List<Chain> CHAINS = List.of(
            new Chain("FARMACEUTICA", List.of("EMPAQUE", "INSUMOS", "LOGISTICA", "SERVICIOS_APOYO"),
                    List.of("1702", "2229", "2100", "4645"),
                    List.of(new Offering("Estuches plegadizos impresos", "Cartón plegadizo litografiado con barniz y troquel para cajas de medicamentos.", "24121500"),
                            new Offering("Etiquetas autoadhesivas farmacéuticas", "Etiquetas con lote, vencimiento y código de barras para frascos y blísteres.", "55121600"),
                            new Offering("Transporte refrigerado de medicamentos", "Distribución con cadena de frío validada entre 2 y 8 °C.", "78101800"),
                            new Offering("Validación de equipos y áreas limpias", "Calificación de equipos, mapeo térmico y validación de procesos.", "81141500")),
                    List.of("ISO_9001", "BPM_INVIMA_MEDICAMENTOS", "BASC", "ISO_17025"),
                    List.of("Empaques", "Litografía", "Farmalogística", "Etiquetas", "Validaciones"),
                    List.of(new Need("Estuches plegadizos para línea de genéricos", "Suministro mensual de estuches impresos a cuatro tintas con barniz UV y código de barras.", "150.000 unidades/mes", List.of("ISO_9001"), List.of("FSC")),
                            new Need("Distribución refrigerada de biológicos", "Transporte con cadena de frío a droguerías y clínicas con registro de temperatura.", "40 despachos/mes", List.of("BASC"), List.of("ISO_9001")))),
            new Chain("DISPOSITIVOS_MEDICOS", List.of("TRANSFORMACION", "INSUMOS", "SERVICIOS_APOYO"),
                    List.of("3250", "2221", "3312"),
                    List.of(new Offering("Piezas plásticas inyectadas de grado médico", "Inyección de polipropileno y policarbonato en sala limpia.", "42140000"),
                            new Offering("Mantenimiento biomédico", "Mantenimiento preventivo y correctivo de equipos biomédicos con metrología.", "81141800"),
                            new Offering("Dotación hospitalaria textil", "Batas, sábanas y campos quirúrgicos en tela antifluido.", "42130000")),
                    List.of("ISO_13485", "ISO_9001", "BPM_DISPOSITIVOS"),
                    List.of("Biomédica", "Inyectados", "Textiles Clínicos", "Metrología"),
                    List.of(new Need("Mantenimiento preventivo de equipos biomédicos", "Programa anual de mantenimiento y calibración para 300 equipos de clínica.", "300 equipos/año", List.of("ISO_9001"), List.of("ISO_17025")))),
            new Chain("FRUTAS_HORTALIZAS", List.of("PRODUCCION_PRIMARIA", "TRANSFORMACION", "LOGISTICA", "EMPAQUE"),
                    List.of("0122", "0113", "1020", "5210"),
                    List.of(new Offering("Aguacate Hass de exportación", "Fruta calibrada y empacada en finca con trazabilidad por lote.", "50300000"),
                            new Offering("Pulpa de fruta congelada", "Pulpas de mango, maracuyá y mora sin conservantes en bolsa de 1 kg.", "50300000"),
                            new Offering("Hortalizas frescas lavadas", "Lechuga, tomate y cebolla lavados y empacados para restaurantes.", "50400000"),
                            new Offering("Almacenamiento en frío de perecederos", "Cuartos fríos y maduración controlada para frutas.", "78131600")),
                    List.of("BPA_ICA", "GLOBALGAP", "BPM_INVIMA_ALIMENTOS", "HACCP", "ORGANICO"),
                    List.of("Frutos del Campo", "Agrofrutas", "Hortalizas", "Cosecha Verde", "Pulpas"),
                    List.of(new Need("Pulpa de fruta para bebidas", "Pulpa de mango y maracuyá pasteurizada con ficha técnica y certificado de inocuidad.", "20 toneladas/mes", List.of("BPM_INVIMA_ALIMENTOS"), List.of("HACCP")),
                            new Need("Aguacate Hass para tiendas", "Aguacate calibrado 18–22 con trazabilidad de finca.", "12 toneladas/semana", List.of("BPA_ICA"), List.of("GLOBALGAP")))),
            new Chain("CAFE_CACAO", List.of("PRODUCCION_PRIMARIA", "TRANSFORMACION", "COMERCIALIZACION"),
                    List.of("0123", "1061", "1082"),
                    List.of(new Offering("Café especial tostado", "Café de origen con perfil de taza, tostado y molido por pedido.", "50201700"),
                            new Offering("Cacao fino de aroma fermentado", "Grano seco y fermentado de asociaciones de productores.", "50161500"),
                            new Offering("Chocolatinas de cacao de origen", "Barras de 70 % de cacao con empaque compostable.", "50161800")),
                    List.of("ORGANICO", "RAINFOREST_ALLIANCE", "FAIRTRADE", "BPM_INVIMA_ALIMENTOS"),
                    List.of("Café de la Montaña", "Cacaoteros", "Tostadores", "Aroma Andino"),
                    List.of(new Need("Café tostado para cafeterías corporativas", "Café especial tostado en grano, entregas quincenales.", "2 toneladas/mes", List.of(), List.of("RAINFOREST_ALLIANCE")))),
            new Chain("LACTEOS_CARNICOS", List.of("PRODUCCION_PRIMARIA", "TRANSFORMACION", "LOGISTICA"),
                    List.of("1011", "1040", "0141"),
                    List.of(new Offering("Quesos frescos y madurados", "Queso campesino, doble crema y costeño de leche pasteurizada.", "50131800"),
                            new Offering("Cortes de res empacados al vacío", "Despiece y porcionado para restaurantes y casinos.", "50112000"),
                            new Offering("Leche cruda de hato certificado", "Acopio diario en tanque de enfriamiento.", "50131700")),
                    List.of("BPG_ICA", "BPM_INVIMA_ALIMENTOS", "HACCP", "ISO_22000"),
                    List.of("Lácteos", "Cárnicos", "Hato", "Quesera"),
                    List.of(new Need("Quesos para cadena de restaurantes", "Queso mozzarella y campesino con concepto sanitario vigente.", "8 toneladas/mes", List.of("BPM_INVIMA_ALIMENTOS"), List.of("HACCP")))),
            new Chain("ALIMENTOS_PROCESADOS", List.of("TRANSFORMACION", "EMPAQUE", "INSUMOS"),
                    List.of("1089", "1081", "1084"),
                    List.of(new Offering("Snacks de plátano y yuca", "Pasabocas horneados y fritos en empaque metalizado.", "50192100"),
                            new Offering("Panadería y pastelería industrial", "Pan tajado, roscones y tortas para casinos.", "50181900"),
                            new Offering("Empaques flexibles para alimentos", "Bolsas laminadas y stand-up con zíper impresas.", "24111500")),
                    List.of("BPM_INVIMA_ALIMENTOS", "HACCP", "FSSC_22000", "ISO_22000"),
                    List.of("Delicias", "Pasabocas", "Panificadora", "Sabores"),
                    List.of(new Need("Refrigerios para programa de alimentación escolar", "Refrigerios empacados con registro sanitario y tabla nutricional.", "50.000 unidades/mes", List.of("BPM_INVIMA_ALIMENTOS", "REGISTRO_SANITARIO"), List.of("HACCP")))),
            new Chain("ENERGIAS_RENOVABLES", List.of("SERVICIOS_APOYO", "INSUMOS", "TRANSFORMACION"),
                    List.of("4321", "3511", "7112"),
                    List.of(new Offering("Instalación de sistemas solares fotovoltaicos", "Diseño, montaje y puesta en marcha de plantas solares en techo.", "26111600"),
                            new Offering("Mantenimiento de subestaciones", "Mantenimiento eléctrico de media tensión con trabajo en alturas.", "72151500"),
                            new Offering("Estructuras metálicas para paneles", "Soportes galvanizados para paneles solares.", "30100000")),
                    List.of("RETIE", "ISO_45001", "RUC_CCS", "ISO_9001"),
                    List.of("Energía Solar", "Electro", "Ingeniería Eléctrica", "Montajes"),
                    List.of(new Need("Mantenimiento de redes de media tensión", "Cuadrillas certificadas para mantenimiento de redes rurales.", "Contrato anual", List.of("RETIE", "RUC_CCS"), List.of("ISO_45001")),
                            new Need("Paneles solares para escuelas rurales", "Suministro e instalación de kits solares aislados.", "120 sistemas", List.of("RETIE"), List.of("ISO_9001")))),
            new Chain("CONSTRUCCION_SOSTENIBLE", List.of("INSUMOS", "TRANSFORMACION", "SERVICIOS_APOYO"),
                    List.of("2395", "4390", "1610"),
                    List.of(new Offering("Bloques de tierra comprimida", "Bloques ecológicos de bajo consumo energético.", "30110000"),
                            new Offering("Carpintería en madera certificada", "Puertas, closets y cocinas en madera de origen legal.", "30170000"),
                            new Offering("Impermeabilización de cubiertas", "Cubiertas verdes y mantos impermeables.", "72150000")),
                    List.of("FSC", "SELLO_PRODUCTO_NTC", "EDGE", "ISO_14001"),
                    List.of("Construcciones", "Eco Bloques", "Maderas", "Acabados"),
                    List.of(new Need("Carpintería para proyecto de vivienda", "Puertas y cocinas para 400 apartamentos con madera certificada.", "400 unidades", List.of("FSC"), List.of("ISO_14001")))),
            new Chain("MANTENIMIENTO_INDUSTRIAL", List.of("SERVICIOS_APOYO"),
                    List.of("3312", "3314", "4330"),
                    List.of(new Offering("Mantenimiento mecánico de equipos rotativos", "Alineación, balanceo y reparación de bombas y compresores.", "72151600"),
                            new Offering("Pintura industrial y sandblasting", "Recubrimientos anticorrosivos para tanques y estructuras.", "72152400"),
                            new Offering("Dotación y elementos de protección personal", "Overoles, botas, cascos y guantes con certificado de conformidad.", "46180000")),
                    List.of("RUC_CCS", "ISO_45001", "ISO_9001", "SG_SST"),
                    List.of("Mantenimientos", "Servicios Industriales", "Ingeniería", "Soldaduras"),
                    List.of(new Need("Dotación y EPP para personal de planta", "Overoles ignífugos, botas dieléctricas y elementos de protección personal.", "1.200 kits/año", List.of("SG_SST"), List.of("ISO_9001")),
                            new Need("Mantenimiento de bombas en estación", "Mantenimiento predictivo y correctivo de bombas centrífugas.", "Contrato anual", List.of("RUC_CCS"), List.of("ISO_45001")))),
            new Chain("METALMECANICA", List.of("TRANSFORMACION", "INSUMOS"),
                    List.of("2511", "2592", "2819"),
                    List.of(new Offering("Piezas mecanizadas CNC", "Torneado y fresado CNC de piezas en acero y aluminio.", "31130000"),
                            new Offering("Estructuras metálicas soldadas", "Fabricación y montaje de estructuras con procedimientos de soldadura calificados.", "30100000")),
                    List.of("ISO_3834", "ISO_9001", "SG_SST"),
                    List.of("Metalmecánica", "Tornos", "Aceros", "Fundiciones"),
                    List.of(new Need("Repuestos mecanizados para molinos", "Ejes, bujes y piñones según plano.", "300 piezas/trimestre", List.of("ISO_9001"), List.of("ISO_3834")))),
            new Chain("MODA", List.of("TRANSFORMACION", "INSUMOS", "COMERCIALIZACION"),
                    List.of("1410", "1313", "1521"),
                    List.of(new Offering("Confección de uniformes corporativos", "Camisas, pantalones y chaquetas bordadas con tallaje.", "53100000"),
                            new Offering("Calzado de seguridad", "Botas con puntera y suela antideslizante.", "46181600"),
                            new Offering("Marroquinería artesanal", "Bolsos y morrales en cuero y fique.", "53121600")),
                    List.of("SELLO_PRODUCTO_NTC", "ISO_9001", "EQUIPARES"),
                    List.of("Confecciones", "Textiles", "Uniformes", "Calzado"),
                    List.of(new Need("Uniformes para personal de atención", "Dotación de uniformes con logo bordado, tres entregas al año.", "3.000 prendas/año", List.of(), List.of("SELLO_PRODUCTO_NTC")))),
            new Chain("TURISMO_PAZ", List.of("SERVICIOS_APOYO", "COMERCIALIZACION"),
                    List.of("5511", "7911", "5611"),
                    List.of(new Offering("Alojamiento rural y ecoturismo", "Posadas comunitarias con guianza local.", "90111500"),
                            new Offering("Catering para eventos", "Alimentación para eventos y reuniones con cocina regional.", "90101600"),
                            new Offering("Transporte turístico terrestre", "Vans y busetas con conductor para grupos.", "78111800")),
                    List.of("RNT", "NTS_TS", "BPM_INVIMA_ALIMENTOS"),
                    List.of("Turismo", "Posada", "Ecotours", "Sabores de la Tierra"),
                    List.of(new Need("Catering para jornadas comunitarias", "Refrigerios y almuerzos para 200 personas en municipios PDET.", "12 eventos/año", List.of("BPM_INVIMA_ALIMENTOS"), List.of("RNT")))),
            new Chain("SBC", List.of("SERVICIOS_APOYO"),
                    List.of("6201", "6202", "8220"),
                    List.of(new Offering("Desarrollo de software a la medida", "Aplicaciones web y móviles con metodologías ágiles.", "81110000"),
                            new Offering("Centro de contacto bilingüe", "Atención al cliente en español e inglés, voz y chat.", "80141600"),
                            new Offering("Analítica de datos e inteligencia de negocios", "Tableros, integración de datos y modelos predictivos.", "81111800")),
                    List.of("ISO_27001", "ISO_9001", "CMMI"),
                    List.of("Software", "Soluciones Digitales", "Datos", "Tecnologías"),
                    List.of(new Need("Desarrollo de aplicación de trazabilidad", "Aplicación móvil y web para trazar lotes de proveedores.", "Proyecto de 6 meses", List.of("ISO_27001"), List.of("CMMI")))),
            new Chain("ACUICULTURA", List.of("PRODUCCION_PRIMARIA", "TRANSFORMACION", "LOGISTICA"),
                    List.of("0322", "1020", "0311"),
                    List.of(new Offering("Tilapia roja fresca", "Tilapia entera eviscerada en hielo, cosecha semanal.", "50121500"),
                            new Offering("Camarón de cultivo", "Camarón blanco congelado IQF clasificado por talla.", "50121700")),
                    List.of("BPM_INVIMA_ALIMENTOS", "HACCP", "GLOBALGAP"),
                    List.of("Acuícola", "Pescados del Pacífico", "Piscícola", "Mar y Río"),
                    List.of(new Need("Pescado fresco para casinos industriales", "Filete de tilapia y pescado de mar con cadena de frío.", "6 toneladas/mes", List.of("BPM_INVIMA_ALIMENTOS"), List.of("HACCP")))));

    record AnchorSeed(String name, String type, String municipality, String chain) {
    }

    /** Fictional anchors (no real company names), each tied to the chain it buys most from. */
    static final List<AnchorSeed> ANCHORS = List.of(
            new AnchorSeed("Laboratorios Altamira S.A.", "NACIONAL", "05001", "FARMACEUTICA"),
            new AnchorSeed("Farmacéutica del Pacífico S.A.S.", "EXTRANJERA", "76001", "FARMACEUTICA"),
            new AnchorSeed("Clínica Central de Occidente S.A.", "NACIONAL", "76001", "DISPOSITIVOS_MEDICOS"),
            new AnchorSeed("Supertiendas La Sabana S.A.", "NACIONAL", "11001", "FRUTAS_HORTALIZAS"),
            new AnchorSeed("Bebidas Tropicales de Colombia S.A.", "EXTRANJERA", "08001", "FRUTAS_HORTALIZAS"),
            new AnchorSeed("Tostadora Nacional de Café S.A.", "NACIONAL", "66001", "CAFE_CACAO"),
            new AnchorSeed("Restaurantes Fogón Criollo S.A.S.", "NACIONAL", "11001", "LACTEOS_CARNICOS"),
            new AnchorSeed("Alimentos Andinos Integrados S.A.", "EXTRANJERA", "25754", "ALIMENTOS_PROCESADOS"),
            new AnchorSeed("Empresa de Energía del Norte S.A. E.S.P.", "ESTATAL", "44001", "ENERGIAS_RENOVABLES"),
            new AnchorSeed("Generadora Eléctrica de los Andes S.A. E.S.P.", "ESTATAL", "05001", "ENERGIAS_RENOVABLES"),
            new AnchorSeed("Constructora Horizonte Verde S.A.S.", "NACIONAL", "05001", "CONSTRUCCION_SOSTENIBLE"),
            new AnchorSeed("Refinería del Magdalena Medio S.A.", "ESTATAL", "68081", "MANTENIMIENTO_INDUSTRIAL"),
            new AnchorSeed("Puerto Multimodal del Caribe S.A.", "NACIONAL", "13001", "MANTENIMIENTO_INDUSTRIAL"),
            new AnchorSeed("Astilleros de la Bahía S.A.", "ESTATAL", "13001", "METALMECANICA"),
            new AnchorSeed("Cementos y Agregados del Sur S.A.", "EXTRANJERA", "41001", "METALMECANICA"),
            new AnchorSeed("Textiles Unidos de Antioquia S.A.", "NACIONAL", "05360", "MODA"),
            new AnchorSeed("Hoteles Camino Real S.A.S.", "NACIONAL", "47001", "TURISMO_PAZ"),
            new AnchorSeed("Banco Cooperativo Regional", "NACIONAL", "68001", "SBC"),
            new AnchorSeed("Cadena de Casinos Industriales S.A.S.", "NACIONAL", "76001", "ACUICULTURA"),
            new AnchorSeed("Operador Logístico Andino S.A.", "EXTRANJERA", "11001", "SBC"));

    /** Cities where many mipymes are, plus municipalities in PDET and border regions the programme prioritises. */
    static final List<String> HUBS = List.of("05001", "05360", "05266", "05615", "11001", "25754", "76001", "76520",
            "08001", "08758", "13001", "68001", "68081", "54001", "66001", "17001", "63001", "73001", "41001",
            "52001", "52835", "44001", "44430", "47001", "20001", "23001", "70001", "19001", "18001", "50001",
            "27001", "86001", "85001", "81001", "15001", "05045", "05837", "19698", "13430", "27361");

    static final List<String> FIRST_NAMES = List.of("Ana", "Luz Marina", "Carolina", "Diana", "Paola", "Yolanda",
            "María Fernanda", "Lorena", "Sandra", "Juliana", "Carlos", "Andrés", "Jorge", "Luis Alberto", "Fabio",
            "Hernán", "Camilo", "Óscar", "Wilson", "Jhon Jairo", "Esperanza", "Marisol", "Édgar", "Nelson");

    static final List<String> SURNAMES = List.of("Gómez", "Rodríguez", "Martínez", "López", "Hernández", "García",
            "Ramírez", "Moreno", "Rojas", "Cárdenas", "Mosquera", "Palacios", "Valencia", "Ospina", "Quintero",
            "Restrepo", "Ibargüen", "Arboleda", "Pushaina", "Epieyú", "Caicedo", "Zapata", "Londoño", "Castaño");

    static final List<String> PLACE_WORDS = List.of("del Río", "de la Sierra", "Andina", "del Valle", "del Caribe",
            "del Pacífico", "de Oriente", "Llanera", "Cafetera", "del Sur", "La Esperanza", "El Progreso");

    static final List<String> LEGAL_FORMS = List.of("S.A.S.", "S.A.S.", "S.A.S.", "Ltda.", "E.U.");
}
