#!/usr/bin/env python3
"""Screenshots of the main screens for README.md, from a running `make run`.

    make screenshots [PORT=8069] [DB=emulation]
    python3 scripts/screenshots.py [--url http://localhost:8069] [--db emulation]

Logs in as the demo users (JSON-RPC /web/session/authenticate), drives a
headless Chromium through the DevTools protocol (websocket-client): sets the
session cookie, opens each screen, waits for it to settle, captures it and
shrinks the PNG with Pillow (256 colours). The printed Quyết định is the PDF
of the demo decision 198/QĐ-NV, page 1 rendered by pdftoppm. Files go to
docs/screenshots/. Exits non-zero when a screen cannot be taken.
"""

import argparse
import base64
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import requests
import websocket
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
MODULE = "emulation_commendation"
WIDTH, HEIGHT = 1280, 800
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")

# Screens: file name, demo login, URL (with {id} of the record named by the
# xml id, looked up as admin), selector to wait for, selectors to click then
# (each followed by a wait for the next selector, if any).
SCREENS = [
    {
        "file": "01-plan.png",
        "login": "vanphong",
        "xmlid": "emulation_plan_13_kh_nv_2025_demo",
        "model": "emulation.plan",
        "url": "/odoo/emulation-plans/{id}",
        "wait": ".o_form_view .o_field_widget[name=number]",
    },
    {
        "file": "02-movement-board.png",
        "login": "vanphong",
        "url": "/odoo/emulation-movements",
        "wait": ".o_kanban_view .o_kanban_record",
    },
    {
        "file": "03-dossier-board.png",
        "login": "vanphong",
        "url": "/odoo/award-dossiers",
        "wait": ".o_kanban_view",
        # The board opens on this year's dossiers; the demo's are of 2025.
        "clicks": [(".o_searchview_facet .o_facet_remove", ".o_kanban_record")],
    },
    {
        "file": "04-dossier-eligibility.png",
        "login": "vanphong",
        "xmlid": "commendation_dossier_ht_2025_demo",
        "model": "commendation.dossier",
        "url": "/odoo/award-dossiers/{id}",
        "wait": "div[name=line_ids] .o_data_row td[name=eligibility_state] .badge",
    },
    {
        # The closed year-end session PH/2025/002: agenda with the tallies.
        "file": "05-council-session.png",
        "login": "hoidong",
        "xmlid": "commendation_council_session_2025_12_demo",
        "model": "commendation.council.session",
        "url": "/odoo/council-sessions/{id}",
        "wait": "div[name=line_ids] .o_data_row td[name=votes_for]",
    },
    {
        # The Director's decision 198/QĐ-NV (Lao động tiên tiến): its awards.
        "file": "06-decision.png",
        "login": "giamdoc",
        "xmlid": "commendation_decision_198_2025_demo",
        "model": "commendation.decision",
        "url": "/odoo/award-decisions/{id}",
        "wait": "a.nav-link[name=awards]",
        "clicks": [
            ("a.nav-link[name=awards]", "div[name=award_ids] .o_data_row"),
        ],
    },
    {
        "file": "07-employee-awards.png",
        "login": "admin",
        "xmlid": "employee_hop_tac_1_demo",
        "model": "hr.employee",
        "url": "/odoo/employees/{id}",
        "wait": "a.nav-link[name=commendation_awards]",
        "clicks": [
            (
                "a.nav-link[name=commendation_awards]",
                "div[name=commendation_award_ids] .o_data_row",
            )
        ],
    },
    {
        "file": "08-employee-ratings.png",
        "login": "admin",
        "xmlid": "employee_hop_tac_1_demo",
        "model": "hr.employee",
        "url": "/odoo/employees/{id}",
        "wait": "a.nav-link[name=emulation]",
        "clicks": [
            (
                "a.nav-link[name=emulation]",
                "div[name=emulation_rating_ids] .o_data_row",
            )
        ],
    },
    {
        "file": "09-dashboard.png",
        "login": "vanphong",
        "url": "/odoo/emulation-dashboard",
        "wait": ".o_kanban_view .o_kanban_record",
    },
]
DECISION = {
    "file": "09-quyet-dinh.png",
    "login": "giamdoc",
    "xmlid": "commendation_decision_198_2025_demo",
    "model": "commendation.decision",
    "report": f"{MODULE}.report_decision",
}
PASSWORDS = {"admin": "admin"}


def fail(message):
    sys.stderr.write(f"screenshots: {message}\n")
    sys.exit(1)


class Odoo:
    def __init__(self, url, db):
        self.url = url.rstrip("/")
        self.db = db
        self.sessions = {}

    def session(self, login):
        if login not in self.sessions:
            http = requests.Session()
            response = http.post(
                f"{self.url}/web/session/authenticate",
                json={
                    "jsonrpc": "2.0",
                    "params": {
                        "db": self.db,
                        "login": login,
                        "password": PASSWORDS.get(login, login),
                    },
                },
                timeout=60,
            )
            response.raise_for_status()
            body = response.json()
            if body.get("error") or not body.get("result", {}).get("uid"):
                fail(f"cannot log in as {login} on {self.url} (database {self.db})")
            self.sessions[login] = http
        return self.sessions[login]

    def cookie(self, login):
        return self.session(login).cookies.get("session_id")

    def call(self, login, model, method, args, kwargs=None):
        response = self.session(login).post(
            f"{self.url}/web/dataset/call_kw/{model}/{method}",
            json={
                "jsonrpc": "2.0",
                "params": {
                    "model": model,
                    "method": method,
                    "args": args,
                    "kwargs": kwargs or {},
                },
            },
            timeout=60,
        )
        body = response.json()
        if body.get("error"):
            fail(f"{model}.{method}: {body['error'].get('data', {}).get('message')}")
        return body["result"]

    def xmlid(self, name, model):
        found = self.call(
            "admin",
            "ir.model.data",
            "search_read",
            [[("module", "=", MODULE), ("name", "=", name), ("model", "=", model)]],
            {"fields": ["res_id"], "limit": 1},
        )
        if not found:
            fail(f"demo record {MODULE}.{name} not found: is it the demo database?")
        return found[0]["res_id"]


class Chromium:
    def __init__(self):
        binary = next(
            (shutil.which(name) for name in CHROMIUM_CANDIDATES if shutil.which(name)),
            None,
        )
        if not binary:
            fail("Chromium is missing (looked for chromium, google-chrome)")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.profile = tempfile.mkdtemp(prefix="ec-screenshots-")
        self.process = subprocess.Popen(
            [
                binary,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--lang=vi-VN",
                f"--window-size={WIDTH},{HEIGHT}",
                f"--remote-debugging-port={port}",
                f"--user-data-dir={self.profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 30
        page = None
        while time.time() < deadline and not page:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/json/list", timeout=2
                ) as answer:
                    targets = json.load(answer)
                page = next((t for t in targets if t.get("type") == "page"), None)
            except OSError:
                time.sleep(0.3)
        if not page:
            self.close()
            fail("Chromium did not open its DevTools port")
        self.ws = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True
        )
        self.next_id = 0
        self.send("Page.enable")
        self.send("Network.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=HEIGHT,
            deviceScaleFactor=1,
            mobile=False,
        )

    def send(self, method, **params):
        self.next_id += 1
        self.ws.send(
            json.dumps({"id": self.next_id, "method": method, "params": params})
        )
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True
        )
        return result.get("result", {}).get("value")

    def wait_for(self, selector, timeout=30):
        check = (
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " return !!el && document.readyState === 'complete'"
            " && !document.querySelector('.o_loading_indicator'); })()"
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.evaluate(check):
                time.sleep(1.5)  # let the last renderings and fonts settle
                return
            time.sleep(0.3)
        raise TimeoutError(f"{selector} did not appear within {timeout}s")

    def click(self, selector):
        done = self.evaluate(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " if (!el) return false; el.click(); return true; })()"
        )
        if not done:
            raise RuntimeError(f"nothing to click at {selector}")

    def open(self, url, cookie, base):
        self.send("Network.deleteCookies", name="session_id", url=base)
        self.send(
            "Network.setCookie",
            name="session_id",
            value=cookie,
            url=base,
            path="/",
            httpOnly=True,
        )
        self.send("Page.navigate", url=url)

    def capture(self):
        data = self.send("Page.captureScreenshot", format="png")["data"]
        return Image.open(io.BytesIO(base64.b64decode(data)))

    def close(self):
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def save(image, path):
    image = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    image.save(path, optimize=True)
    return path.stat().st_size


def take_screens(odoo, browser, only=None):
    taken = []
    for screen in SCREENS:
        if only and screen["file"] not in only:
            continue
        record_id = (
            odoo.xmlid(screen["xmlid"], screen["model"]) if "xmlid" in screen else None
        )
        url = odoo.url + screen["url"].format(id=record_id)
        browser.open(url, odoo.cookie(screen["login"]), odoo.url)
        try:
            browser.wait_for(screen["wait"])
            for selector, then in screen.get("clicks", []):
                browser.click(selector)
                browser.wait_for(then)
        except (TimeoutError, RuntimeError) as error:
            failed = Path(tempfile.gettempdir()) / f"failed-{screen['file']}"
            browser.capture().save(failed)
            message = f"{screen['file']}: {error} (page as seen: {failed})"
            raise RuntimeError(message) from error
        size = save(browser.capture(), OUT / screen["file"])
        taken.append((screen["file"], size))
    return taken


def take_decision(odoo):
    record_id = odoo.xmlid(DECISION["xmlid"], DECISION["model"])
    response = odoo.session(DECISION["login"]).get(
        f"{odoo.url}/report/pdf/{DECISION['report']}/{record_id}", timeout=300
    )
    if response.status_code != 200 or not response.content.startswith(b"%PDF"):
        fail(f"the Quyết định PDF could not be printed (HTTP {response.status_code})")
    if not shutil.which("pdftoppm"):
        fail("pdftoppm is missing (Debian package poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "decision.pdf"
        pdf.write_bytes(response.content)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
            + [str(pdf), str(Path(tmp) / "page")],
            check=True,
        )
        image = Image.open(Path(tmp) / "page.png")
        image.load()
    return DECISION["file"], save(image, OUT / DECISION["file"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--url",
        default=f"http://localhost:{os.environ.get('PORT') or 8069}",
        help="Odoo served by make run (default http://localhost:$PORT or 8069)",
    )
    parser.add_argument(
        "--db", default=os.environ.get("DB") or "emulation", help="demo database"
    )
    parser.add_argument(
        "--only",
        nargs="*",
        metavar="FILE",
        help="take only these screens (e.g. 09-dashboard.png); the printed "
        "decision only when it is named",
    )
    args = parser.parse_args()
    odoo = Odoo(args.url, args.db)
    try:
        requests.get(f"{odoo.url}/web/webclient/version_info", timeout=10)
    except requests.RequestException:
        fail(f"no Odoo at {odoo.url}: start it with `make run` first")
    OUT.mkdir(parents=True, exist_ok=True)
    browser = Chromium()
    try:
        taken = take_screens(odoo, browser, args.only)
    except (TimeoutError, RuntimeError) as error:
        fail(str(error))
    finally:
        browser.close()
    if not args.only or DECISION["file"] in args.only:
        taken.append(take_decision(odoo))
    for name, size in taken:
        sys.stdout.write(f"docs/screenshots/{name}: {size // 1024} KB\n")


if __name__ == "__main__":
    main()
