package co.encadena.api.ruedas.followup.application;

import co.encadena.api.ruedas.followup.domain.ConnectionRule;
import co.encadena.api.ruedas.followup.domain.Interest;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The programme's connection rule from configuration: {@code encadena.programme.connection.minimum-interest}
 * (default EXPLORING) and {@code encadena.programme.connection.both-sides} (default true). A wrong value stops
 * the application at start-up rather than counting connections some other way.
 */
@Factory
class ConnectionRuleFactory {

    @Singleton
    ConnectionRule connectionRule(
            @Value("${encadena.programme.connection.minimum-interest:EXPLORING}") String minimum,
            @Value("${encadena.programme.connection.both-sides:true}") boolean bothSides) {
        return new ConnectionRule(Interest.valueOf(minimum.strip().toUpperCase(Locale.ROOT)), bothSides);
    }
}
