"""(c) The web page under websocketd, walked in headless Chromium by clicking options, as a person would."""

import os
import socket
import subprocess
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(port, deadline=10):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"websocketd did not listen on port {port}")


def browser(width, height, phone=False):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"]:
        options.add_argument(argument)
    if phone:  # a desktop window cannot be narrower than about 500 pixels; a phone's viewport is emulated
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not try to download a driver
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def run(root, binary, check):
    screenshots = root / ".build" / "hosts"
    screenshots.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = subprocess.Popen(["websocketd", "--address", "127.0.0.1", "--port", str(port), "--staticdir", str(root / "Bridges/web"),
                               str(binary), "serve"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    figures = {}
    try:
        wait_until_serving(port)
        for name, (width, height) in {"desktop": (1280, 1400), "phone": (390, 844)}.items():
            began = time.monotonic()
            driver = browser(width, height, phone=name == "phone")
            try:
                walk(driver, f"http://127.0.0.1:{port}/?lang=nl", name, check)
                path = screenshots / f"web-{name}.png"
                driver.save_screenshot(str(path))
                figures[f"s {name} walk, screenshot {path.relative_to(root)}"] = f"{time.monotonic() - began:.1f}"
                if name == "desktop":
                    unknown_and_errors(driver, check)
                else:
                    switch_language(driver, check)
            finally:
                driver.quit()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return figures


def walk(driver, url, name, check):
    wait = WebDriverWait(driver, 15)
    # Keep a handle on the page's WebSocket, so the test can speak on it as quadrant or as a broken host would.
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        const Original = window.WebSocket;
        window.WebSocket = function (...args) { const s = new Original(...args); window.testSocket = s; return s; };
        window.WebSocket.prototype = Original.prototype;
        Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
    """})
    driver.get(url)

    def click(label):
        button = wait.until(EC.element_to_be_clickable((By.XPATH, f"//div[@id='options']/button[normalize-space()='{label}']")))
        button.click()

    def bot_said(fragment):
        wait.until(lambda d: any(fragment in item.text for item in d.find_elements(By.CSS_SELECTOR, "#log li.bot")))

    bot_said("Waar is jullie team echt goed in?")
    check(driver.find_element(By.ID, "log").get_attribute("aria-live") == "polite", f"web/{name}: the conversation is a live region")
    check(driver.find_element(By.CSS_SELECTOR, "label[for=input]").get_attribute("textContent") == "Jouw antwoord", f"web/{name}: the input has a label")
    for label, next_question in [("klantgerichtheid", "doorschieten"), ("grenzeloosheid", "positieve tegenovergestelde"),
                                 ("duidelijkheid", "kriebelig"), ("starheid", "Het kwadrant is rond"), ("Ja, dat klopt", "concreet moment")]:
        click(label)
        bot_said(next_question)
    # The card appears as soon as the quadrant is complete.
    wait.until(EC.visibility_of_element_located((By.ID, "card")))
    field = driver.find_element(By.ID, "input")
    field.send_keys("Bij een klant zeiden we overal ja op, tot de planning vastliep.", Keys.ENTER)
    bot_said("kleine stap")
    click("overslaan")
    bot_said("Jullie kernkwadrant is rond")

    card = wait.until(EC.visibility_of_element_located((By.ID, "card")))
    wait.until(lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", card))
    source = card.get_attribute("src")
    check(source.startswith("data:image/svg+xml"), f"web/{name}: the quadrant is shown as an SVG image")
    check("starheid" in card.get_attribute("alt"), f"web/{name}: the card's alt text names the corners: {card.get_attribute('alt')}")
    check(driver.find_element(By.ID, "download").get_attribute("href") == source, f"web/{name}: the download button offers the card")
    you = [item.get_attribute("textContent") for item in driver.find_elements(By.CSS_SELECTOR, "#log li.you")]
    check(you[:4] == ["klantgerichtheid", "grenzeloosheid", "duidelijkheid", "starheid"], f"web/{name}: the picked options show as the person's bubbles: {you}")
    problems = driver.find_elements(By.CSS_SELECTOR, "#log li.problem")
    check(not problems, f"web/{name}: no errors on the way: {[p.get_attribute('textContent') for p in problems]}")
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")


def unknown_and_errors(driver, check):
    """An event kind the page does not know is ignored; an error from quadrant shows as one problem bubble."""
    count = lambda selector: len(driver.find_elements(By.CSS_SELECTOR, selector))
    bubbles = count("#log li")
    driver.execute_script("""window.testSocket.onmessage({data: '{"type":"exported","id":99,"session":"web","state":"opaque"}'});""")
    check(count("#log li") == bubbles, "web: an unknown event kind is ignored")
    driver.execute_script("""window.testSocket.send('{"type":"say","session":"web","text":42}');""")
    WebDriverWait(driver, 15).until(lambda d: count("#log li.problem") == 1)
    problem = driver.find_element(By.CSS_SELECTOR, "#log li.problem").get_attribute("textContent")
    check("invalid_field" in problem and "text" in problem, f"web: an error event shows what went wrong: {problem}")
    check(driver.find_element(By.ID, "input").is_enabled(), "web: after an error the conversation goes on")


def switch_language(driver, check):
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element(By.ID, "lang")).select_by_value("en")
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "title").text == "Core quadrant")
    check(driver.execute_script("return document.documentElement.lang") == "en", "web: switching to English relabels the page")
