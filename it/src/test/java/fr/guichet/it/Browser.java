package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian chromium driven by Debian's chromedriver (never a downloaded driver). */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final WebDriver driver;

    /** Where the browser saves downloads (exports), a folder of its own. */
    final Path downloads;

    private Browser(WebDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static Browser open() {
        Path downloads;
        try {
            downloads = Files.createTempDirectory("guichet-downloads");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(System.getProperty("guichet.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("guichet.test.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, downloads);
    }

    void go(String path) {
        driver.get(Deployments.BASE_URL + path);
    }

    void logIn(String login, String password) {
        driver.manage().deleteAllCookies();
        go("/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        submit(By.id("login:submit"));
    }

    /** Clicks a non-Ajax button and waits until the next page has replaced this one. */
    void submit(By button) {
        // An Ajax answer still on its way (an autocomplete's search) would come back after the form's post and
        // overwrite the flash cookie that carries the post's message to the next page.
        waitForAjax();
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(button));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        // While the browser swaps documents, Chrome may answer "node does not belong to the document":
        // that is the old page going away, so keep polling.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.stalenessOf(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until the page has loaded and no PrimeFaces Ajax request is queued or on its way. */
    private void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Clicks a download button and waits for the new file it brings (earlier downloads do not count). */
    Path download(By button, String suffix) {
        Set<Path> before = downloaded();
        WebElement element = driver.findElement(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> downloaded().stream()
                .filter(f -> !before.contains(f) && f.toString().endsWith(suffix)).findFirst().orElse(null));
    }

    private Set<Path> downloaded() {
        try (var files = Files.list(downloads)) {
            return files.collect(Collectors.toSet());
        } catch (IOException unreadable) {
            return Set.of();
        }
    }

    String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** What the page says, for assertion messages. */
    String describe() {
        return driver.getCurrentUrl() + " — " + driver.findElement(By.tagName("main")).getText();
    }

    /** Fails with the rule ids and offending elements if the page breaks WCAG 2.1 AA (axe-core). */
    void assertAccessible() {
        List<String> violations = accessibilityViolations();
        assertTrue(violations.isEmpty(), () -> driver.getCurrentUrl() + " has WCAG 2.1 AA violations:\n"
                + String.join("\n", violations));
    }

    /**
     * The page's WCAG 2.1 AA violations (axe-core), each as its rule id, help and offending elements. Axe runs
     * in the page itself (legacy mode: no extra window) and details violations only, since the crawl checks
     * every page of every role; the pages have no frames to visit.
     */
    List<String> accessibilityViolations() {
        // A button PrimeFaces greys out during an Ajax request would be judged mid-request: wait for the answer.
        waitForAjax();
        // Colours are judged at rest: not halfway through a hover transition of the button just clicked.
        ((JavascriptExecutor) driver).executeScript("if (!document.getElementById('axe-at-rest')) {"
                + " const s = document.createElement('style'); s.id = 'axe-at-rest';"
                + " s.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';"
                + " document.head.appendChild(s); }");
        new Actions(driver).moveToLocation(0, 0).perform();
        AxeRunOnlyOptions wcag21aa = new AxeRunOnlyOptions();
        wcag21aa.setType("tag");
        wcag21aa.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag21aa);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).setLegacyMode().disableIframeTesting().analyze(driver);
        return results.getViolations().stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    /** Saves the whole page (not only the window) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        try {
            driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height.intValue())));
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
