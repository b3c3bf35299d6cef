package dev.fkguard.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal Spring Boot JPA application: the guard joins it only by being on the class path. */
@SpringBootApplication
public class ShopApplication {
}
