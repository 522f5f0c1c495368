#!/usr/bin/env python3
"""Drives the offline verification page (export --format verify-html) in headless Chromium,
by keyboard, for EndToEndTests: prints one JSON object with what it found.
Usage: browser-verify-test.py PAGE.html DOWNLOADS SCREENSHOTS [hostile]"""
import json, os, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

page, downloads, shots = sys.argv[1], sys.argv[2], sys.argv[3]
hostile = len(sys.argv) > 4
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
result = {}
try:
    driver.get("file://" + page)
    time.sleep(0.3)
    if hostile:
        result["title"] = driver.title
        result["text"] = driver.find_element(By.TAG_NAME, "main").text
        result["alerts"] = driver.execute_script("return window.__pwned || null")
        print(json.dumps(result))
        sys.exit(0)
    keys = ActionChains(driver)
    body = driver.find_element(By.TAG_NAME, "body")
    body.click() if False else None
    # Keyboard only: 1 (yes, moves on), 2 (no, then the comment), on with Tab + Enter, 3.
    keys.send_keys("1").perform()
    keys = ActionChains(driver); keys.send_keys("2").perform()
    keys = ActionChains(driver); keys.send_keys("Förskolan ser det först – inte vården").perform()
    keys = ActionChains(driver); keys.send_keys(Keys.TAB, Keys.TAB, Keys.ENTER).perform()
    keys = ActionChains(driver); keys.send_keys("3").perform()
    result["focusAfterDiscuss"] = driver.execute_script("return document.activeElement.tagName")
    keys = ActionChains(driver); keys.send_keys(Keys.TAB).perform()
    result["progressBefore"] = driver.find_element(By.ID, "progress").text
    driver.refresh()
    time.sleep(0.3)
    result["progressAfterReload"] = driver.find_element(By.ID, "progress").text
    result["commentAfterReload"] = driver.execute_script(
        "var s=JSON.parse(localStorage.getItem(Object.keys(localStorage)[0]));return s.answers['1'].comment")
    # The focus ring is visible: the focused button has an outline.
    save = driver.find_element(By.ID, "save")
    save.send_keys(Keys.ENTER)
    for _ in range(50):
        files = [f for f in os.listdir(downloads) if f.endswith(".json")]
        if files: break
        time.sleep(0.1)
    result["downloaded"] = sorted(os.listdir(downloads))
    result["outline"] = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
    # Every control has an accessible name and role, from Chromium's accessibility tree.
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    unnamed = []
    for node in tree:
        role = node.get("role", {}).get("value")
        if role in ("button", "textbox", "checkbox", "combobox") and not node.get("ignored"):
            name = node.get("name", {}).get("value", "")
            if not name.strip(): unnamed.append(role)
    result["unnamedControls"] = unnamed
    result["controls"] = sum(1 for n in tree if n.get("role", {}).get("value") in ("button", "textbox") and not n.get("ignored"))
    # No network request at all: only the file itself and the blob of the download.
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    result["requests"] = [u for u in requests if not (u.startswith("file://") or u.startswith("blob:") or u.startswith("data:"))]
    result["cspViolations"] = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    os.makedirs(shots, exist_ok=True)
    driver.save_screenshot(os.path.join(shots, "verify-1280.png"))
    driver.set_window_size(390, 844)
    time.sleep(0.2)
    driver.save_screenshot(os.path.join(shots, "verify-phone.png"))
    result["phoneOverflow"] = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
finally:
    driver.quit()
print(json.dumps(result))
