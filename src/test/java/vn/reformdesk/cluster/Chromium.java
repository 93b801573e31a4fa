package vn.reformdesk.cluster;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A headless Chromium of its own (own profile, own cookies) for each simulated user of the cluster checks. */
final class Chromium {

    private Chromium() {
    }

    static WebDriver start(String name) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(which("chromium"));
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-" + name + "-");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(which("chromedriver"))).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String which(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        throw new IllegalStateException(name + " not found: apt-get install chromium chromium-driver");
    }
}
