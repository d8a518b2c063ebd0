package co.encadena.matching.scheduling;

/**
 * The instance is well formed but no agenda holds every mandatory meeting. The message (Spanish) says why,
 * as precisely as the scheduler can tell: a meeting with no common slot, a participant with more mandatory
 * meetings than its cap, or a proof by the solver that they do not fit together.
 */
public final class InfeasibleRuedaException extends RuntimeException {
    public InfeasibleRuedaException(String reason) {
        super(reason);
    }
}
