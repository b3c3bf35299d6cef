package dev.fkguard.cli;

/** {@code java -jar hibernate-fk-guard-cli.jar check …}; {@code --help} lists the options. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err, System::getenv).run(args));
    }
}
