package org.strikemap.account;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first admin, since there is no default password. Either the admin command ({@code bash src/bin/admin add
 * NAME}, i.e. {@code --strikemap.admin.add=NAME}): adds NAME as an admin (or makes the person an admin again, their
 * access restored), prints a one-time sign-in link on standard output and exits (status 0; 2 when NAME is not a
 * login). Or the environment on a start when no admin exists yet: {@code STRIKEMAP_FIRST_ADMIN_LOGIN} (and
 * optionally {@code STRIKEMAP_FIRST_ADMIN_NAME} and {@code STRIKEMAP_FIRST_ADMIN_PASSWORD}): added, with that password
 * or else a one-time link in the log. Once an admin exists, the environment is ignored (a restart never resets a
 * password).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final People people;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    FirstAdmin(People people, Environment environment, ConfigurableApplicationContext context) {
        this.people = people;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String command = environment.getProperty("strikemap.admin.add", "");
        if (!command.isBlank()) {
            int status = 0;
            try {
                Invitation link = people.firstAdmin(new NewPerson(command, command.strip(), null), Optional.empty());
                System.out.println("Admin " + link.login() + ": sign in once at " + link.link());
                System.out.println("(the link works once, until " + link.expires() + "; then set a password)");
            } catch (InvalidEntry refused) {
                System.err.println("Not added: " + refused.getMessage());
                status = 2;
            }
            int exit = status;
            System.exit(SpringApplication.exit(context, () -> exit));
            return;
        }
        String login = environment.getProperty("strikemap.first-admin.login", "");
        if (login.isBlank()) {
            return;
        }
        if (people.anyAdmin()) {
            log.info("strikemap.first-admin.login is set but an admin exists: nothing changed");
            return;
        }
        String name = environment.getProperty("strikemap.first-admin.name", login.strip());
        Optional<String> password = Optional.ofNullable(environment.getProperty("strikemap.first-admin.password"))
                .filter(value -> !value.isEmpty());
        Invitation link = people.firstAdmin(new NewPerson(login, name, null), password);
        if (password.isPresent()) {
            log.info("First admin {} added with the password from the environment", link.login());
        } else {
            log.warn("First admin {} added: sign in once at {} (valid until {}), then set a password", link.login(),
                    link.link(), link.expires());
        }
    }
}
