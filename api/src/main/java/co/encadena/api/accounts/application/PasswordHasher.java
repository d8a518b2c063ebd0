package co.encadena.api.accounts.application;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id (password4j) with OWASP's recommended minimum — 19 MiB, 2 iterations, 1 lane — stored as PHC
 * strings, so parameters can be raised later and old hashes still verify with their own parameters.
 */
@Singleton
public final class PasswordHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    /** A hash of a password nobody has, verified when the e-mail is unknown so both answers take as long. */
    private final String decoy = hash("decoy-password-for-constant-time");

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean matches(String password, String phcHash) {
        try {
            return Password.check(password, phcHash).with(Argon2Function.getInstanceFromHash(phcHash));
        } catch (RuntimeException badHash) {
            return false;
        }
    }

    /** Spends the same time as a real verification; always false. */
    public boolean burnTime(String password) {
        matches(password, decoy);
        return false;
    }
}
