package co.encadena.matching.scheduling.cli;

import co.encadena.matching.scheduling.InfeasibleRuedaException;
import co.encadena.matching.scheduling.InvalidRuedaException;
import co.encadena.matching.scheduling.RuedaScheduler;
import co.encadena.matching.scheduling.SchedulerOptions;
import co.encadena.matching.scheduling.io.RuedaJson;
import co.encadena.matching.scheduling.model.Agenda;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scripts/schedule IN.json [OUT.json] [--time-limit SECONDS]}: reads a rueda instance and writes its
 * agenda (to stdout when OUT is absent). Exit 0 when an agenda was written; 2 when the instance is unreadable,
 * invalid or infeasible, with the reason in Spanish on stderr; 1 on an unexpected error.
 */
public final class ScheduleCommand {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID = 2;

    private ScheduleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        SchedulerOptions options = SchedulerOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--time-limit") && i + 1 < args.length) {
                try {
                    options = options.withTimeLimit(Duration.ofMillis((long) (Double.parseDouble(args[++i]) * 1000)));
                } catch (IllegalArgumentException e) {
                    err.println("--time-limit debe ser un número de segundos positivo, no " + args[i]);
                    return INVALID;
                }
            } else {
                files.add(args[i]);
            }
        }
        if (files.isEmpty() || files.size() > 2) {
            err.println("Uso: scripts/schedule IN.json [OUT.json] [--time-limit SEGUNDOS]");
            return INVALID;
        }
        try {
            String json = Files.readString(Path.of(files.get(0)), StandardCharsets.UTF_8);
            Agenda agenda = RuedaScheduler.schedule(RuedaJson.readInstance(json), options);
            String text = RuedaJson.writeAgenda(agenda);
            if (files.size() == 2) {
                Files.writeString(Path.of(files.get(1)), text, StandardCharsets.UTF_8);
            } else {
                out.print(text);
                out.flush();
            }
            return OK;
        } catch (NoSuchFileException e) {
            err.println("No existe el archivo " + e.getFile());
            return INVALID;
        } catch (InvalidRuedaException e) {
            err.println("La rueda no es válida:");
            e.problems().forEach(p -> err.println("  - " + p));
            return INVALID;
        } catch (InfeasibleRuedaException e) {
            err.println("No hay agenda posible: " + e.getMessage());
            return INVALID;
        } catch (IOException e) {
            err.println("No se pudo leer o escribir el archivo: " + e.getMessage());
            return INVALID;
        }
    }
}
