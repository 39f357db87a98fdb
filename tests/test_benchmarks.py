"""Every benchmark skips cleanly when its dataset is absent (as on a machine without ../shared)."""
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SCRIPTS = sorted(p.name for p in (ROOT / "benchmarks").glob("*.py")
                 if p.name not in ("common.py", "startup.py") and not p.name.startswith("_"))


@pytest.mark.parametrize("script", SCRIPTS)
def test_benchmarks_skip_without_data(script, tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), str(tmp_path / "absent")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"skipped: dataset not found at {tmp_path / 'absent'}")
