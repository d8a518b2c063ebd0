package co.encadena.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

@OpenAPIDefinition(info = @Info(
        title = "EnCadena Match",
        version = "0.1",
        description = "API de EnCadena Match: proveedores (mipymes), empresas ancla, requerimientos, "
                + "emparejamiento explicado y ruedas de encadenamiento. Los errores siguen RFC 7807 "
                + "(application/problem+json) con mensajes en español.",
        license = @License(name = "Datos de referencia: ver docs/DATA.md")))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("reindex")) {
            System.exit(co.encadena.api.search.application.ReindexCommand.run(
                    java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("dev")
                .start();
    }
}
