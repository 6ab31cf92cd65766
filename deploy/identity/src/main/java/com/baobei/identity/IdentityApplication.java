package com.baobei.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The embedded identity provider: an OAuth 2.0 authorization server and OpenID Connect provider (Spring
 * Authorization Server) for the people of one users file. See docs/adr/0012-embedded-identity-provider.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("hash-password")) {
            hashPassword();
            return;
        }
        SpringApplication.run(IdentityApplication.class, args);
    }

    /**
     * {@code java -jar identity.jar hash-password}: asks for a password (without echo) and prints it as the users
     * file stores it, {@code {bcrypt}$2a$10$…}.
     */
    private static void hashPassword() {
        java.io.Console console = System.console();
        char[] password = console != null ? console.readPassword("Password: ")
                : new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8).nextLine().toCharArray();
        System.out.println("{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .encode(java.nio.CharBuffer.wrap(password)));
        java.util.Arrays.fill(password, ' ');
    }
}
