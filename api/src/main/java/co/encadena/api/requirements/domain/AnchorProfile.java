package co.encadena.api.requirements.domain;

import java.util.List;

/** An anchor company: NIT, name and whether it is national, foreign or state-owned. */
public record AnchorProfile(String nit, String name, String type) {

    public static final List<String> TYPES = List.of("NACIONAL", "EXTRANJERA", "ESTATAL");
}
