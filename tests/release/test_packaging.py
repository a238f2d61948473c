"""The package as released: licence, changelog and version, and what the sdist carries."""

from __future__ import annotations

import re
import tomllib

from siqassess import __version__

from .helpers import REPO


def _pyproject() -> dict[str, object]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_licence_file_is_mit_and_named_in_the_metadata() -> None:
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]


def test_version_is_the_newest_released_changelog_heading() -> None:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d\d-\d\d$", text, re.MULTILINE)
    assert released, "no released version in CHANGELOG.md"
    assert released[0] == __version__


def test_project_urls_are_real_https_addresses() -> None:
    """No placeholder host (``.invalid``, ``example``) reaches the package metadata."""
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    urls = project["urls"]
    assert isinstance(urls, dict) and urls
    for label, url in urls.items():
        assert re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/\S*", url), (label, url)
        assert not re.search(r"\.invalid\b|example\.(org|com)", url), (label, url)


def test_classifiers_name_python_versions_os_and_status() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    classifiers = project["classifiers"]
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert "Programming Language :: Python :: 3.13" in classifiers
    assert any(c.startswith("Operating System ::") for c in classifiers)
    assert any(c.startswith("Development Status ::") for c in classifiers)


def test_sdist_carries_what_the_tests_read() -> None:
    tool = _pyproject()["tool"]
    assert isinstance(tool, dict)
    include = tool["hatch"]["build"]["targets"]["sdist"]["include"]
    for needed in ("examples", "tests", "models", "schemas", "LICENSE", "CHANGELOG.md"):
        assert needed in include
