package co.encadena.api.imports.application;

/** The two file formats of import and export: JSON Lines (the interchange format) and CSV (spreadsheets). */
public enum ImportFormat {
    JSON_LINES, CSV
}
