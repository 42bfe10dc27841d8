"""Smoke tests: the server starts, answers /healthz, and serves a home page."""

import requests


def test_healthz_answers_200(server):
    response = requests.get(server.url + "/healthz", timeout=10)
    assert response.status_code == 200, response.text


def test_home_page_title_names_candor(server, browser):
    browser.get(server.url + "/")
    assert "Candor" in browser.title, f"title was {browser.title!r}"
