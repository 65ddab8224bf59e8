package org.kappractice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on an in-memory database with the synthetic demo practice seeded, shared by
 * every test class that uses it (one Spring context), so tests create their own extra data with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:kaptest;DB_CLOSE_DELAY=-1",
        "kap.demo.seed=true"})
public @interface KapTest {
}
