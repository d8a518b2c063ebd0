package co.encadena.api.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** A Micronaut test against the real PostgreSQL and OpenSearch (see {@link RealServices}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RealServices.class)
@MicronautTest(environments = "test", transactional = false)
public @interface IntegrationTest {
}
