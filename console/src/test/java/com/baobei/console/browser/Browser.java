package com.baobei.console.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, as a person would use the console. Never skipped: when
 * the browser is missing the test fails and says how to install it (.ci/run does).
 */
final class Browser implements AutoCloseable {

    static final int PHONE = 390;
    static final int TABLET = 820;
    static final int DESKTOP = 1366;

    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVER = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"));

    private final ChromeDriver driver;

    Browser(int width) {
        requireInstalled();
        Path chromium = first(CHROMIUM);
        Path chromedriver = first(DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // root in CI: Chromium's sandbox needs a user namespace that containers seldom give
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--window-size=" + width + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Fails, never skips, when the browser is missing: called before the platform starts, to fail in a second. */
    static void requireInstalled() {
        if (first(CHROMIUM) == null || first(DRIVER) == null) {
            throw new IllegalStateException("The browser tests need Chromium and its driver (looked for " + CHROMIUM
                    + " and " + DRIVER + "): apt-get install -y chromium chromium-driver fonts-noto-cjk "
                    + "(.ci/run installs them when missing)");
        }
    }

    private static Path first(List<Path> candidates) {
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Logs in on the identity provider's page (where any console page sends a stranger). */
    void logIn(String console, String username, String password) {
        open(console + "/");
        waitFor(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.id("who"));
    }

    WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException notThere) {
            // what the browser shows instead is what one needs to know why
            throw new AssertionError("Waited 60 s for " + by + " at " + driver.getCurrentUrl() + "; the page says:\n"
                    + pageText(), notThere);
        }
    }

    private String pageText() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            return text.length() > 2000 ? text.substring(0, 2000) + " ..." : text;
        } catch (RuntimeException none) {
            return "(no page)";
        }
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks what submits a form or follows a link, and returns once the next page has replaced this one. */
    void submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(browser -> replaced(page));
    }

    /**
     * Whether the page an element belongs to has been replaced. Chromium sometimes answers a question about an
     * element of the page being left with "Node with given id does not belong to the document" rather than as a stale
     * element (CI once failed on it); both mean the page is gone.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException gone) {
            return true;
        } catch (WebDriverException other) {
            if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw other;
        }
    }

    /** Sets a field's value as a person picking it would (a date input's typed form depends on the browser's locale). */
    void setValue(By by, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(by), value);
    }

    boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    /**
     * A file the console serves, fetched as this browser's logged-in person would get it: with the browser's session
     * cookie (the console adds the person's token on its side; no service token ever reaches the browser). Headless
     * Chromium's own downloads land in a folder the test would have to watch; the bytes are what matter.
     */
    HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * The page as it is now, at phone, tablet and desktop widths, into docs/screens/NAME-WIDTH.png; at each width the
     * page must also pass the accessibility basics ({@link PageChecks}), so every page a flow shows is checked.
     */
    void screenshots(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Dimension before = driver.manage().window().getSize();
        List<String> problems = new java.util.ArrayList<>();
        for (int width : List.of(PHONE, TABLET, DESKTOP)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            Files.write(folder.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            PageChecks.problems(driver).forEach(problem -> problems.add(width + " px: " + problem));
        }
        driver.manage().window().setSize(before);
        if (!problems.isEmpty()) {
            throw new AssertionError("The page " + name + " (" + url() + ") lacks accessibility basics:\n"
                    + String.join("\n", problems));
        }
    }

    /**
     * Presses Tab until the element with this id has the focus, as a person without a mouse reaches a field; fails
     * when forty presses do not get there.
     */
    void tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key at " + url());
    }

    /** Keys typed into whatever has the focus. */
    void type(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
