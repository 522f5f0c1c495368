#!/usr/bin/env python3
"""Drives the offline verification page (export --format verify-html) in headless Chromium,
by keyboard, for EndToEndTests: prints one JSON object with what it found.
Usage: browser-verify-test.py PAGE.html DOWNLOADS SCREENSHOTS [hostile|anonymous|named]
anonymous: a page exported without --as, answered, saved (the organisation typed when asked),
reloaded; a comment typed before the vote; typing on after adding a suggestion.
named: a page exported with --as: initials typed, saved."""
import json, os, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

page, downloads, shots = sys.argv[1], sys.argv[2], sys.argv[3]
mode = sys.argv[4] if len(sys.argv) > 4 else ""
hostile = mode == "hostile"
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
result = {}


def type_keys(*keys):
    ActionChains(driver).send_keys(*keys).perform()


def js(script):
    return driver.execute_script(script)


def wait_for_download():
    for _ in range(50):
        files = os.listdir(downloads)
        if any(f.endswith(".json") for f in files) and not any(f.endswith(".crdownload") for f in files):
            return sorted(files)
        time.sleep(0.1)
    return sorted(os.listdir(downloads))


def visible_section():
    return js("var s=document.querySelector('section.subject:not([hidden])');return s?s.id:''")


def anonymous():
    """No --as: 1, 2 with a comment, a comment typed before 3; then the suggestions; then
    save, asked for the organisation, typed, saved again; reload."""
    type_keys("1")
    type_keys("2")
    type_keys("Förskolan ser det först")
    type_keys(Keys.TAB, Keys.TAB, Keys.ENTER)           # Nästa →: the third subject's Ja
    type_keys(Keys.TAB, Keys.TAB, Keys.TAB)             # its comment field
    type_keys("Skrivet före svaret")
    ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()  # Diskutera
    result["focusBeforeVote"] = js("var e=document.activeElement;return e.tagName+' '+(e.getAttribute('data-vote')||e.id)")
    type_keys(Keys.ENTER)
    result["commentAfterVote"] = js("return document.getElementById('c2').value")
    result["focusAfterVote"] = js("return document.activeElement.id")
    # On to the suggestions with → (allowed after typing: it types nothing).
    type_keys(Keys.TAB)                                  # ← Föregående, reached by typing
    type_keys(*([Keys.ARROW_RIGHT] * 40))
    result["sectionForSuggestions"] = visible_section()
    result["focusInSuggestions"] = js("return document.activeElement.id")
    type_keys("Vi saknas: skolstart")
    type_keys(Keys.TAB)                                  # Lägg till förslaget, reached by typing
    type_keys("n1")
    result["sectionAfterTypingOnTheButton"] = visible_section()
    type_keys(Keys.ENTER)
    result["focusAfterAdding"] = js("return document.activeElement.id")
    type_keys("nästa 123")
    result["sectionAfterTypingOn"] = visible_section()
    result["suggestionText"] = js("return document.getElementById('suggestion').value")
    result["suggestionList"] = js("return Array.prototype.map.call(document.querySelectorAll('#suggestion-list li'),function(l){return l.textContent})")
    result["progressBeforeSave"] = driver.find_element(By.ID, "progress").text
    driver.find_element(By.ID, "save").send_keys(Keys.ENTER)
    result["askedFor"] = js("return document.activeElement.id")
    result["progressAsked"] = driver.find_element(By.ID, "progress").text
    type_keys("Barn- och ungdomspsykiatrin")
    type_keys(Keys.TAB)
    type_keys("ÅB")
    result["progressAfterTyping"] = driver.find_element(By.ID, "progress").text
    driver.find_element(By.ID, "save").send_keys(Keys.ENTER)
    result["downloaded"] = wait_for_download()
    result["progressAfterSave"] = driver.find_element(By.ID, "progress").text
    driver.refresh()
    time.sleep(0.3)
    result["organisationAfterReload"] = js("return document.getElementById('org').value")
    result["initialsAfterReload"] = js("return document.getElementById('initials').value")
    result["progressAfterReload"] = driver.find_element(By.ID, "progress").text
    type_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    result["commentAfterReload"] = js("return document.getElementById('c2').value")


def named():
    """--as: what the earlier page kept (by position, under the organisation) taken over;
    initials typed in the page, then saved: the name carries them."""
    result["initialsAtStart"] = js("return document.getElementById('initials').value")
    js("var d=JSON.parse(document.getElementById('data').textContent);localStorage.setItem('rollkarta:'+d.workshop.id+':bup',"
       "JSON.stringify({answers:{'4':{vote:'no',comment:'Sparat av förra sidan',seen:d.subjects[4].seen,answeredAt:'2026-11-20T10:00:00Z'}},"
       "suggestions:[],initials:''}))")
    driver.refresh()
    time.sleep(0.3)
    result["progressAdopted"] = driver.find_element(By.ID, "progress").text
    result["initialsAfterAdopting"] = js("return document.getElementById('initials').value")
    type_keys("1")
    driver.find_element(By.ID, "initials").click()
    js("document.getElementById('initials').select()")
    type_keys("CD")
    driver.find_element(By.ID, "save").send_keys(Keys.ENTER)
    result["downloaded"] = wait_for_download()


try:
    driver.get("file://" + page)
    time.sleep(0.3)
    if hostile:
        result["title"] = driver.title
        result["text"] = driver.find_element(By.TAG_NAME, "main").text
        result["alerts"] = driver.execute_script("return window.__pwned || null")
        print(json.dumps(result))
        sys.exit(0)
    if mode:
        {"anonymous": anonymous, "named": named}[mode]()
        result["cspViolations"] = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
        result["errors"] = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
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
    keys = ActionChains(driver); keys.send_keys(Keys.ARROW_RIGHT).perform()
    result["commentAfterReload"] = driver.execute_script("return document.getElementById('c1').value")
    # The focus ring is visible: the focused button has an outline.
    save = driver.find_element(By.ID, "save")
    save.send_keys(Keys.ENTER)
    result["downloaded"] = wait_for_download()
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
